// What a bulk download is made of: a resource's fields (the CSV's columns and the JSON's keys, in one order, each
// described for the people who reuse it) and the read that loads its records. Pure of the app's server-only code,
// so the seed can make the files with its own database client.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { OpenDataFormat, OpenDataResource } from "@/lib/generated/prisma/enums";

export type { OpenDataFormat, OpenDataResource };

export type Client = Pick<PrismaClient, "$queryRaw">;

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
  /** Every record, in a stable order (so that two files of unchanged data are byte for byte the same). */
  load(client: Client, context: ResourceContext): Promise<OpenDataRecord[]>;
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
