// Counts the SQL statements this process sends to PostgreSQL while a piece of work runs, by wrapping the pg
// driver's Client#query, which every statement goes through (Prisma's pg adapter, raw queries, transactions'
// BEGIN and COMMIT alike). One round trip is one statement, so the count is what a request costs the database.
import pg from "pg";

export interface CountedQueries<T> {
  result: T;
  /** The text of each statement, in the order sent. */
  statements: string[];
}

/** Runs `work` and returns what it returned with the statements it sent. Not reentrant: one at a time. */
export async function countQueries<T>(work: () => Promise<T>): Promise<CountedQueries<T>> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === "string" ? first : (first as { text?: string } | undefined)?.text;
    statements.push(text ?? "(unknown)");
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const result = await work();
    return { result, statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}
