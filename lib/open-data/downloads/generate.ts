// Makes every bulk download again from the database and stores them as new versions, in pieces, replacing the last
// ones. Given a database client, so the job (refresh.ts), the seed and the tests run exactly the same code.
import { createHash, randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { siteAddress } from "../licence";
import { csvHead, csvRows, JSON_END, jsonHead, jsonItems } from "./files";
import type { OpenDataFormat, OpenDataResource } from "./resource";
import { RESOURCES } from "./resources";

type Tx = Prisma.TransactionClient;

export interface GeneratedFile {
  resource: OpenDataResource;
  format: OpenDataFormat;
  records: number;
  bytes: number;
  sha256: string;
  generatedAt: Date;
}

/** Text stored per piece (characters, so about a megabyte of UTF-8 for English text). */
export const CHARACTERS_PER_PIECE = 1_000_000;

/**
 * A replaced version is kept this long, so that a download that started before the job ran can finish; then the
 * next run deletes it. Longer than any download of a file of tens of megabytes takes.
 */
export const REPLACED_VERSION_KEPT_MS = 60 * 60 * 1000;

/**
 * A new version of a file, written as its text comes: joined into pieces of about CHARACTERS_PER_PIECE, hashed and
 * counted as it goes, so that only one piece is held at a time.
 */
async function newVersion(tx: Tx, now: Date) {
  const id = randomUUID();
  await tx.$executeRaw`INSERT INTO open_data_file_version (id, created_at) VALUES (${id}::uuid, ${now})`;
  const hash = createHash("sha256");
  let bytes = 0;
  let seq = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    const body = pending.join("");
    pending = [];
    pendingLength = 0;
    if (!body) return;
    hash.update(body, "utf8");
    bytes += Buffer.byteLength(body, "utf8");
    await tx.$executeRaw`INSERT INTO open_data_file_chunk (version_id, seq, body) VALUES (${id}::uuid, ${seq}, ${body})`;
    seq += 1;
  };
  return {
    id,
    async write(text: string) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= CHARACTERS_PER_PIECE) await flush();
    },
    async finish() {
      await flush();
      return { bytes, sha256: hash.digest("hex") };
    },
  };
}

/** Makes the file's version the current one, and marks the one it replaces. */
async function publishVersion(tx: Tx, file: GeneratedFile, versionId: string) {
  await tx.$executeRaw`
    UPDATE open_data_file_version SET superseded_at = ${file.generatedAt}
    WHERE id = (SELECT version_id FROM open_data_file
                WHERE resource = ${file.resource}::"OpenDataResource" AND format = ${file.format}::"OpenDataFormat")`;
  await tx.$executeRaw`
    INSERT INTO open_data_file (resource, format, version_id, records, bytes, sha256, generated_at)
    VALUES (${file.resource}::"OpenDataResource", ${file.format}::"OpenDataFormat", ${versionId}::uuid,
            ${file.records}, ${file.bytes}, ${file.sha256}, ${file.generatedAt})
    ON CONFLICT (resource, format) DO UPDATE SET
      version_id = EXCLUDED.version_id, records = EXCLUDED.records, bytes = EXCLUDED.bytes,
      sha256 = EXCLUDED.sha256, generated_at = EXCLUDED.generated_at`;
}

/**
 * One repeatable-read transaction reads every resource from the same snapshot, so that the files agree with each
 * other (a response's question is in the questions file), and writes the files as it goes: a reader sees the old
 * set or the new one, never half of each. A resource's records are read a batch at a time and written to both of
 * its files at once, so one batch and one piece of each file are held at a time (bench/open-data-generate.ts).
 */
export async function regenerateOpenDataFiles(
  client: PrismaClient,
  now = new Date(),
  site = siteAddress(),
): Promise<GeneratedFile[]> {
  return client.$transaction(
    async (tx) => {
      const made: GeneratedFile[] = [];
      for (const definition of RESOURCES) {
        const source = await definition.read(tx, { now, site });
        const csv = await newVersion(tx, now);
        const json = await newVersion(tx, now);
        await csv.write(csvHead(definition));
        await json.write(jsonHead(definition, source.count, { generatedAt: now, site }));
        let records = 0;
        for await (const batch of source.batches) {
          await csv.write(csvRows(definition, batch));
          await json.write(jsonItems(definition, batch, records === 0));
          records += batch.length;
        }
        await json.write(JSON_END);
        // The count heads the JSON, read before the records in the same snapshot: they cannot differ.
        if (records !== source.count)
          throw new Error(`${definition.resource}: counted ${source.count} records but read ${records}`);
        for (const [format, version] of [
          ["csv", csv],
          ["json", json],
        ] as const) {
          const file = {
            resource: definition.resource,
            format,
            records,
            ...(await version.finish()),
            generatedAt: now,
          };
          await publishVersion(tx, file, version.id);
          made.push(file);
        }
      }
      // Nothing in the schema deletes on cascade: the pieces first, then their versions.
      const replacedBefore = new Date(now.getTime() - REPLACED_VERSION_KEPT_MS);
      await tx.$executeRaw`
        DELETE FROM open_data_file_chunk
        WHERE version_id IN (SELECT id FROM open_data_file_version WHERE superseded_at < ${replacedBefore})`;
      await tx.$executeRaw`DELETE FROM open_data_file_version WHERE superseded_at < ${replacedBefore}`;
      return made;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
