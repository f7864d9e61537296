// What a bulk download is made of: a resource's fields (the CSV's columns and the JSON's keys, in one order, each
// described for the people who reuse it) and the read that loads its records. Pure of the app's server-only code,
// so the seed can make the files with its own database client.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { OpenDataFormat, OpenDataResource } from "@/lib/generated/prisma/enums";

export type { OpenDataFormat, OpenDataResource };

export type Client = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

/** A value in a record: arrays become "a; b" in the CSV and stay arrays in the JSON; dates are ISO 8601 text. */
export type FieldValue = string | number | boolean | null | readonly string[];
export type OpenDataRecord = Record<string, FieldValue>;

export interface Field {
  name: string;
  description: string;
}

export interface ResourceContext {
  now: Date;
  /** The portal's public address, for each record's link to its page. */
  site: string;
}

export interface ResourceDefinition {
  resource: OpenDataResource;
  title: string;
  description: string;
  fields: readonly Field[];
  /**
   * Every record, in a stable order (so that two files of unchanged data are byte for byte the same), read in the
   * caller's transaction.
   */
  read(client: Client, context: ResourceContext): Promise<RecordSource>;
}

/** A resource's records: how many, then a batch at a time. */
export interface RecordSource {
  count: number;
  batches: AsyncIterable<readonly OpenDataRecord[]>;
}

/** Records read at once: for resources of a few hundred at most (themes, districts, organisations, events). */
export function allAtOnce(records: readonly OpenDataRecord[]): RecordSource {
  return {
    count: records.length,
    batches: (async function* () {
      yield records;
    })(),
  };
}

/** Rows fetched from the cursor at a time. */
const ROWS_PER_FETCH = 1000;

/**
 * Records read a batch at a time through a cursor, so that tens of thousands (questions, responses) are never held
 * at once. Counted first in the same snapshot (the caller's repeatable-read transaction), so the count is the rows
 * the cursor gives. `name` names the cursor, one per resource.
 */
export async function byCursor<Row>(
  client: Client,
  name: string,
  query: Prisma.Sql,
  toRecord: (row: Row) => OpenDataRecord,
): Promise<RecordSource> {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Not a cursor name: ${name}`);
  const cursor = Prisma.raw(name);
  const [counted] = await client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${query}) AS counted`;
  return {
    count: counted!.n,
    batches: (async function* () {
      await client.$executeRaw`DECLARE ${cursor} NO SCROLL CURSOR FOR ${query}`;
      try {
        for (;;) {
          const rows = await client.$queryRaw<Row[]>`FETCH ${Prisma.raw(String(ROWS_PER_FETCH))} FROM ${cursor}`;
          if (rows.length === 0) break;
          yield rows.map(toRecord);
        }
      } finally {
        // After a failed statement the transaction is aborted and ends with its cursors: closing would only fail
        // too, and hide the first error.
        await client.$executeRaw`CLOSE ${cursor}`.catch(() => undefined);
      }
    })(),
  };
}

export const OPEN_DATA_FORMATS: readonly OpenDataFormat[] = ["csv", "json"];

/** A timestamp column (stored in UTC without a zone) as ISO 8601 text, or null. */
export function isoTime(column: string): Prisma.Sql {
  if (!/^[a-z_]+\.[a-z_]+$/.test(column)) throw new Error(`Not a column: ${column}`);
  return Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
}

/** A date column as YYYY-MM-DD, or null. */
export function isoDate(column: string): Prisma.Sql {
  if (!/^[a-z_]+\.[a-z_]+$/.test(column)) throw new Error(`Not a column: ${column}`);
  return Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);
}
