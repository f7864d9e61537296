-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'question_merged';
ALTER TYPE "NotificationKind" ADD VALUE 'followed_question_merged';

-- AlterTable
ALTER TABLE "status_change" ADD COLUMN     "merged_from_id" UUID;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_merged_from_id_fkey" FOREIGN KEY ("merged_from_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A merge's entry on the kept question records no status move (the one kind of entry whose from and to are the
-- same), and never names the question it is on.
ALTER TABLE "status_change" DROP CONSTRAINT "status_change_moves_check";
ALTER TABLE "status_change"
  ADD CONSTRAINT "status_change_moves_check" CHECK (from_status IS DISTINCT FROM to_status OR merged_from_id IS NOT NULL),
  ADD CONSTRAINT "status_change_merged_from_check" CHECK (
    merged_from_id IS NULL OR (from_status = to_status AND merged_from_id <> question_id)
  );
