// Makes every bulk download again from the database and stores them as new versions, in pieces, replacing the last
// ones. Given a database client, so the job (refresh.ts), the seed and the tests run exactly the same code.
import { createHash, randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { siteAddress } from "../licence";
import { csvPieces, jsonPieces } from "./files";
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
 * Stores a file's pieces under a new version, joined into pieces of about CHARACTERS_PER_PIECE, hashing and
 * counting as it goes, so that only one piece is held at a time.
 */
async function storeVersion(tx: Tx, versionId: string, pieces: Iterable<string>, now: Date) {
  await tx.$executeRaw`INSERT INTO open_data_file_version (id, created_at) VALUES (${versionId}::uuid, ${now})`;
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
    await tx.$executeRaw`
      INSERT INTO open_data_file_chunk (version_id, seq, body) VALUES (${versionId}::uuid, ${seq}, ${body})`;
    seq += 1;
  };
  for (const piece of pieces) {
    pending.push(piece);
    pendingLength += piece.length;
    if (pendingLength >= CHARACTERS_PER_PIECE) await flush();
  }
  await flush();
  return { bytes, sha256: hash.digest("hex") };
}

/**
 * One repeatable-read transaction reads every resource from the same snapshot, so that the files agree with each
 * other (a response's question is in the questions file), and writes the files as it goes: a reader sees the old
 * set or the new one, never half of each. One resource's records and one piece of a file are held at a time
 * (bench/open-data-generate.ts).
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
        const records = await definition.load(tx, { now, site });
        const files = [
          { format: "csv" as const, pieces: () => csvPieces(definition, records) },
          { format: "json" as const, pieces: () => jsonPieces(definition, records, { generatedAt: now, site }) },
        ];
        for (const { format, pieces } of files) {
          const versionId = randomUUID();
          const stored = await storeVersion(tx, versionId, pieces(), now);
          const file = { resource: definition.resource, format, records: records.length, ...stored, generatedAt: now };
          await tx.$executeRaw`
            UPDATE open_data_file_version SET superseded_at = ${now}
            WHERE id = (SELECT version_id FROM open_data_file
                        WHERE resource = ${file.resource}::"OpenDataResource" AND format = ${format}::"OpenDataFormat")`;
          await tx.$executeRaw`
            INSERT INTO open_data_file (resource, format, version_id, records, bytes, sha256, generated_at)
            VALUES (${file.resource}::"OpenDataResource", ${format}::"OpenDataFormat", ${versionId}::uuid,
                    ${file.records}, ${file.bytes}, ${file.sha256}, ${now})
            ON CONFLICT (resource, format) DO UPDATE SET
              version_id = EXCLUDED.version_id, records = EXCLUDED.records, bytes = EXCLUDED.bytes,
              sha256 = EXCLUDED.sha256, generated_at = EXCLUDED.generated_at`;
          made.push(file);
        }
      }
      // Their pieces go with them (ON DELETE CASCADE).
      await tx.$executeRaw`
        DELETE FROM open_data_file_version
        WHERE superseded_at < ${new Date(now.getTime() - REPLACED_VERSION_KEPT_MS)}`;
      return made;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
