import type pg from "pg";

/**
 * A fingerprint of the tables' rows, to prove a refusal changed nothing: compare one taken before with one taken
 * after. Per table, the number of rows and the sum of a 64-bit hash of each row as text: the same for the same
 * rows in any order, and different as soon as a row is added, removed or changed. One query for all the tables,
 * and no sort, so it stays cheap as a test's tables grow (the authorization matrix takes it before and after
 * hundreds of refusals). A schema-qualified name ("pgboss.job") is used as it is; any other is quoted.
 */
export async function tableDigest(client: pg.Client, tables: readonly string[]): Promise<string> {
  const parts = tables.map((table, i) => {
    const name = table.includes(".") ? table : `"${table}"`;
    return `SELECT ${i} AS n, (SELECT count(*) || '/' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0) FROM ${name} t) AS digest`;
  });
  const { rows } = await client.query<{ n: number; digest: string }>(`${parts.join("\nUNION ALL\n")}`);
  const digests = new Map(rows.map((row) => [row.n, row.digest]));
  return tables.map((table, i) => `${table}:${digests.get(i)}`).join(",");
}
