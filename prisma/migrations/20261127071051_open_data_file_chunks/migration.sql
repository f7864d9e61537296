-- A bulk download's text moves into pieces of a version (lib/open-data/downloads/generate.ts), so that neither the
-- job making it nor a download serving it holds the whole file in memory. Each file made so far becomes a version
-- of one piece.

-- CreateTable
CREATE TABLE "open_data_file_version" (
    "id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "superseded_at" TIMESTAMPTZ,

    CONSTRAINT "open_data_file_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "open_data_file_chunk" (
    "version_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "open_data_file_chunk_pkey" PRIMARY KEY ("version_id","seq")
);

-- The files made so far, each a version of one piece.
ALTER TABLE "open_data_file" ADD COLUMN "version_id" UUID;
UPDATE "open_data_file" SET "version_id" = gen_random_uuid();
INSERT INTO "open_data_file_version" ("id", "created_at") SELECT "version_id", "generated_at" FROM "open_data_file";
INSERT INTO "open_data_file_chunk" ("version_id", "seq", "body") SELECT "version_id", 0, "body" FROM "open_data_file";

-- AlterTable
ALTER TABLE "open_data_file" DROP COLUMN "body",
ALTER COLUMN "version_id" SET NOT NULL;

-- CreateIndex
CREATE INDEX "open_data_file_version_superseded_at_idx" ON "open_data_file_version"("superseded_at");

-- CreateIndex
CREATE UNIQUE INDEX "open_data_file_version_id_key" ON "open_data_file"("version_id");

-- AddForeignKey
ALTER TABLE "open_data_file" ADD CONSTRAINT "open_data_file_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "open_data_file_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "open_data_file_chunk" ADD CONSTRAINT "open_data_file_chunk_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "open_data_file_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Pieces are numbered from 0; an empty piece is never stored.
ALTER TABLE "open_data_file_chunk" ADD CONSTRAINT "open_data_file_chunk_seq_not_negative" CHECK ("seq" >= 0);
ALTER TABLE "open_data_file_chunk" ADD CONSTRAINT "open_data_file_chunk_body_present" CHECK ("body" <> '');
