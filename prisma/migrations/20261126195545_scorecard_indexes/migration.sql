-- CreateIndex
CREATE INDEX "assignment_event_created_at_idx" ON "assignment_event"("created_at");

-- CreateIndex
CREATE INDEX "commitment_created_at_idx" ON "commitment"("created_at");
