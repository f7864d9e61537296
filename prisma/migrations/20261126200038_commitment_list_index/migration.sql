-- CreateIndex
CREATE INDEX "commitment_target_date_id_idx" ON "commitment"("target_date", "id");
