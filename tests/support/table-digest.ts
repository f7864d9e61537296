import type pg from "pg";

/**
 * A fingerprint of the tables' rows (an md5 of every row as text, in order, for each table), to prove a refusal
 * changed nothing: compare one taken before with one taken after. A schema-qualified name ("pgboss.job") is used
 * as it is; any other is quoted.
 */
export async function tableDigest(client: pg.Client, tables: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ digest: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table.includes(".") ? table : `"${table}"`} t`,
    );
    parts.push(`${table}:${rows[0]!.digest}`);
  }
  return parts.join(",");
}
