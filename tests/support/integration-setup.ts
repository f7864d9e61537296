// Runs before each integration test file: gives the file its own database, copied from the migrated
// template the test runner prepared, so every file starts from the same known state.
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { dropDatabase, recreateDatabase, withDatabase } from "../../scripts/lib/database-url";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
const template = process.env.TEST_TEMPLATE_DATABASE;
if (!adminUrl || !template) {
  throw new Error("Integration tests need the database npm test prepares: run them with `npm test`.");
}

// A worker may have run another file before this one: drop clients bound to that file's database.
for (const key of ["prisma", "rateLimitPool", "rateLimiters", "mailTransport", "referenceCache"])
  delete (globalThis as Record<string, unknown>)[key];

const name = `test_${randomBytes(6).toString("hex")}`;
await recreateDatabase(adminUrl, name, template);
process.env.DATABASE_URL = withDatabase(adminUrl, name);

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await (globalThis as { rateLimitPool?: { end(): Promise<void> } }).rateLimitPool?.end();
  const { stopReferenceListener } = await import("@/lib/reference/cache");
  await stopReferenceListener();
  await dropDatabase(adminUrl, name);
});
