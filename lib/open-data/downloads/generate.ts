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
 * One repeatable-read transaction reads every resource from the same snapshot, so that the files agree with each
 * other (a response's question is in the questions file), and writes the files as it goes: a reader sees the old
 * set or the new one, never half of each. One resource's records and one file are held at a time (at 100,000
 * questions the files come to about 95 MB; bench/open-data-generate.ts).
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
        const renderers = [
          () => describeFile("csv", renderCsv(definition, records), records.length),
          () => describeFile("json", renderJson(definition, records, { generatedAt: now, site }), records.length),
        ];
        for (const render of renderers) {
          const { body, ...file } = render();
          await tx.$executeRaw`
            INSERT INTO open_data_file (resource, format, body, records, bytes, sha256, generated_at)
            VALUES (${definition.resource}::"OpenDataResource", ${file.format}::"OpenDataFormat", ${body},
                    ${file.records}, ${file.bytes}, ${file.sha256}, ${now})
            ON CONFLICT (resource, format) DO UPDATE SET
              body = EXCLUDED.body, records = EXCLUDED.records, bytes = EXCLUDED.bytes, sha256 = EXCLUDED.sha256,
              generated_at = EXCLUDED.generated_at`;
          made.push({ resource: definition.resource, ...file, generatedAt: now });
        }
      }
      return made;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
