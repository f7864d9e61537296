import type pg from "pg";

/** One table's rows (alias `t`) as a fingerprint that ignores their order and needs no sort. */
const ROWS_DIGEST = "count(*) || '/' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)";

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
    return `SELECT ${i} AS n, (SELECT ${ROWS_DIGEST} FROM ${name} t) AS digest`;
  });
  const { rows } = await client.query<{ n: number; digest: string }>(`${parts.join("\nUNION ALL\n")}`);
  const digests = new Map(rows.map((row) => [row.n, row.digest]));
  return tables.map((table, i) => `${table}:${digests.get(i)}`).join(",");
}

/**
 * A fingerprint of every table of the database (the app's and the job queue's), in one statement: cheap enough to
 * take before and after each batch of a fuzz test. `except` leaves out tables a refusal may rightly write (the
 * rate limits' counters).
 */
export async function databaseDigest(
  client: pg.Client,
  except: readonly string[] = [],
): Promise<Record<string, string>> {
  const { rows: tables } = await client.query<{ name: string }>(
    // pg_tables rather than information_schema: the same list, without the privilege checks that make it slow.
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_catalog.pg_tables
     WHERE schemaname IN ('public', 'pgboss') ORDER BY 1`,
  );
  const digested = tables.map((table) => table.name).filter((name) => !except.includes(name));
  const { rows } = await client.query<{ name: string; digest: string }>(
    digested
      .map((name, index) => `SELECT $${index + 1}::text AS name, ${ROWS_DIGEST} AS digest FROM ${name} t`)
      .join(" UNION ALL "),
    digested,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose fingerprint differs between two digests (added or removed tables included). */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}
