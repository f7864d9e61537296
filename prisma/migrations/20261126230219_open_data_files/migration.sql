-- CreateEnum
CREATE TYPE "OpenDataResource" AS ENUM ('questions', 'responses', 'commitments', 'themes', 'districts', 'organisations', 'events');

-- CreateEnum
CREATE TYPE "OpenDataFormat" AS ENUM ('csv', 'json');

-- CreateTable
CREATE TABLE "open_data_file" (
    "resource" "OpenDataResource" NOT NULL,
    "format" "OpenDataFormat" NOT NULL,
    "body" TEXT NOT NULL,
    "records" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "generated_at" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "open_data_file_pkey" PRIMARY KEY ("resource","format")
);

-- The stored figures describe the body: never negative, and the checksum is lower-case hex.
ALTER TABLE "open_data_file" ADD CONSTRAINT "open_data_file_counts_check" CHECK ("records" >= 0 AND "bytes" >= 0);
ALTER TABLE "open_data_file" ADD CONSTRAINT "open_data_file_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
