import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "../../scripts/lib/migrations";

describe("applyMigrations", () => {
  it("records every migration as prisma migrate deploy does, and applies nothing twice", async () => {
    const url = process.env.DATABASE_URL!;
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    // The template this database was copied from is already migrated.
    expect(await applyMigrations(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
      expect(rows.map((r) => r.checksum)).toEqual(migrations.map((m) => m.checksum));
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await client.end();
    }
  });
});
