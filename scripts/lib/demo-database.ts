import pg from "pg";

// The demo seed loads accounts with published passwords (an admin among them). It runs only on a database
// that `npm run dev` created for itself and marked with this comment, or when told to with SEED_DEMO_DATA=yes
// (the end-to-end suite), never because of what the shell's NODE_ENV happens to say.

export const DEMO_DATABASE_MARK = "my-smarter-essex demo";

/** Marks the current database of `url` as one the demo seed may fill (used only on the embedded database). */
export async function markDemoDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT current_database() AS name");
    const name = client.escapeIdentifier(rows[0]!.name);
    await client.query(`COMMENT ON DATABASE ${name} IS ${client.escapeLiteral(DEMO_DATABASE_MARK)}`);
  } finally {
    await client.end();
  }
}

/** The SQL that reads the mark of the current database (null when it has none). */
export const READ_DEMO_MARK_SQL =
  "SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = current_database()";

/** Why the seed must not run here, or null when it may. */
export function demoSeedRefusal(mark: string | null, env: Record<string, string | undefined>): string | null {
  if (env.SEED_DEMO_DATA === "yes" || mark === DEMO_DATABASE_MARK) return null;
  return (
    "Refusing to load demo accounts (with published passwords) into a database that npm run dev did not " +
    "create. If this database really is for demo data, run again with SEED_DEMO_DATA=yes."
  );
}
