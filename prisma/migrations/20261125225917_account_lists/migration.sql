-- DropIndex
DROP INDEX "question_author_id_created_at_idx";

-- CreateIndex
CREATE INDEX "question_author_id_created_at_id_idx" ON "question"("author_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "vote_user_id_created_at_question_id_idx" ON "vote"("user_id", "created_at" DESC, "question_id" DESC);
