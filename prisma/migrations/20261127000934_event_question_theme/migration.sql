-- AlterTable
ALTER TABLE "event_question" ADD COLUMN     "theme_id" INTEGER;

-- CreateIndex
CREATE INDEX "event_question_theme_id_idx" ON "event_question"("theme_id");

-- AddForeignKey
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
