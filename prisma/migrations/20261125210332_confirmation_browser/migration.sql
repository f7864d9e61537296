-- AlterTable
ALTER TABLE "one_time_token" ADD COLUMN     "browser_hash" VARCHAR(64);
