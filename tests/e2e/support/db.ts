import pg from "pg";

/** Runs one query against the database the server under test uses (to check that nothing was written). */
export async function queryOne<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<T>(sql, params);
    return rows[0]!;
  } finally {
    await client.end();
  }
}

export async function countRows(table: string): Promise<number> {
  const row = await queryOne<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
  return Number(row.n);
}
