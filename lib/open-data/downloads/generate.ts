// Makes every bulk download again from the database and stores them in open_data_file, replacing the last ones.
// Given a database client, so the job (refresh.ts), the seed and the tests run exactly the same code.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { siteAddress } from "../licence";
import { describeFile, renderCsv, renderJson, type RenderedFile } from "./files";
import type { OpenDataResource } from "./resource";
import { RESOURCES } from "./resources";

export interface GeneratedFile extends Omit<RenderedFile, "body"> {
  resource: OpenDataResource;
  generatedAt: Date;
}

/**
 * Reads every resource in one repeatable-read transaction, so that the files agree with each other (a response's
 * question is in the questions file), then writes all the files in one more: a reader sees the old set or the
 * new one, never half of each.
 */
export async function regenerateOpenDataFiles(
  client: PrismaClient,
  now = new Date(),
  site = siteAddress(),
): Promise<GeneratedFile[]> {
  const loaded = await client.$transaction(
    (tx) =>
      Promise.all(
        RESOURCES.map(async (definition) => ({ definition, records: await definition.load(tx, { now, site }) })),
      ),
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 10 * 60_000, maxWait: 60_000 },
  );
  const files = loaded.flatMap(({ definition, records }) =>
    [
      describeFile("csv", renderCsv(definition, records), records.length),
      describeFile("json", renderJson(definition, records, { generatedAt: now, site }), records.length),
    ].map((file) => ({ resource: definition.resource, ...file })),
  );
  await client.$transaction(
    files.map(
      (file) => client.$executeRaw`
        INSERT INTO open_data_file (resource, format, body, records, bytes, sha256, generated_at)
        VALUES (${file.resource}::"OpenDataResource", ${file.format}::"OpenDataFormat", ${file.body}, ${file.records},
                ${file.bytes}, ${file.sha256}, ${now})
        ON CONFLICT (resource, format) DO UPDATE SET
          body = EXCLUDED.body, records = EXCLUDED.records, bytes = EXCLUDED.bytes, sha256 = EXCLUDED.sha256,
          generated_at = EXCLUDED.generated_at`,
    ),
  );
  return files.map(({ body: _body, ...file }) => ({ ...file, generatedAt: now }));
}
