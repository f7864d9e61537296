-- DropForeignKey
ALTER TABLE "commitment_milestone" DROP CONSTRAINT "commitment_milestone_commitment_id_fkey";

-- CreateIndex
CREATE INDEX "commitment_target_date_id_idx" ON "commitment"("target_date", "id");

-- AddForeignKey
ALTER TABLE "commitment_milestone" ADD CONSTRAINT "commitment_milestone_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
