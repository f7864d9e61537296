-- CreateIndex
CREATE INDEX "question_moderation_published_at_id_idx" ON "question"("moderation", "published_at", "id");

-- CreateIndex
CREATE INDEX "assignment_claimed_by_id_idx" ON "assignment"("claimed_by_id");
