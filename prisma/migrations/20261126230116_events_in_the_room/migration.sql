-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('school_workshop', 'public_meeting', 'online');

-- DropIndex
DROP INDEX "event_starts_at_idx";

-- AlterTable
ALTER TABLE "question" ALTER COLUMN "author_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "accepting_questions" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ends_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "kind" "EventKind" NOT NULL DEFAULT 'public_meeting',
ADD COLUMN     "now_answering_id" UUID,
ADD COLUMN     "participant_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "participants_deleted_at" TIMESTAMP(3),
ADD COLUMN     "published_at" TIMESTAMP(3),
ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Events made before this migration ran for two hours; the defaults above only fill those rows.
UPDATE "event" SET "ends_at" = "starts_at" + interval '2 hours', "updated_at" = "created_at";
ALTER TABLE "event" ALTER COLUMN "ends_at" DROP DEFAULT, ALTER COLUMN "updated_at" DROP DEFAULT;

-- CreateTable
CREATE TABLE "event_facilitator" (
    "event_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_facilitator_pkey" PRIMARY KEY ("event_id","user_id")
);

-- CreateTable
CREATE TABLE "event_participant" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "nickname" VARCHAR(40) NOT NULL,
    "age_band" "AgeBand" NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "joined_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_question" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "participant_id" UUID,
    "text" VARCHAR(500) NOT NULL,
    "moderation" "ModerationState" NOT NULL DEFAULT 'pending',
    "screening_rules" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "asked_by_under_18" BOOLEAN NOT NULL DEFAULT false,
    "support_count" INTEGER NOT NULL DEFAULT 0,
    "merged_into_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "answered_in_room_at" TIMESTAMP(3),
    "question_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_support" (
    "event_question_id" UUID NOT NULL,
    "participant_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_support_pkey" PRIMARY KEY ("event_question_id","participant_id")
);

-- CreateTable
CREATE TABLE "event_follow_up_code" (
    "code_hash" CHAR(64) NOT NULL,
    "event_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_follow_up_code_pkey" PRIMARY KEY ("code_hash")
);

-- CreateIndex
CREATE INDEX "event_facilitator_user_id_idx" ON "event_facilitator"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_participant_token_hash_key" ON "event_participant"("token_hash");

-- CreateIndex
CREATE INDEX "event_participant_event_id_joined_at_idx" ON "event_participant"("event_id", "joined_at");

-- CreateIndex
CREATE UNIQUE INDEX "event_question_question_id_key" ON "event_question"("question_id");

-- CreateIndex
CREATE INDEX "event_question_event_id_moderation_support_count_id_idx" ON "event_question"("event_id", "moderation", "support_count" DESC, "id");

-- CreateIndex
CREATE INDEX "event_question_event_id_created_at_id_idx" ON "event_question"("event_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "event_question_participant_id_idx" ON "event_question"("participant_id");

-- CreateIndex
CREATE INDEX "event_question_merged_into_id_idx" ON "event_question"("merged_into_id");

-- CreateIndex
CREATE INDEX "event_question_decided_by_id_idx" ON "event_question"("decided_by_id");

-- CreateIndex
CREATE INDEX "event_support_participant_id_idx" ON "event_support"("participant_id");

-- CreateIndex
CREATE INDEX "event_follow_up_code_event_id_idx" ON "event_follow_up_code"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_now_answering_id_key" ON "event"("now_answering_id");

-- CreateIndex
CREATE INDEX "event_starts_at_id_idx" ON "event"("starts_at", "id");

-- CreateIndex
CREATE INDEX "event_ends_at_idx" ON "event"("ends_at");

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_now_answering_id_fkey" FOREIGN KEY ("now_answering_id") REFERENCES "event_question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_facilitator" ADD CONSTRAINT "event_facilitator_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_facilitator" ADD CONSTRAINT "event_facilitator_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "event_participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "event_question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_support" ADD CONSTRAINT "event_support_event_question_id_fkey" FOREIGN KEY ("event_question_id") REFERENCES "event_question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_support" ADD CONSTRAINT "event_support_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "event_participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_follow_up_code" ADD CONSTRAINT "event_follow_up_code_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written checks.
ALTER TABLE "question" ADD CONSTRAINT "question_author_or_event" CHECK ("author_id" IS NOT NULL OR "event_id" IS NOT NULL);
ALTER TABLE "event" ADD CONSTRAINT "event_ends_after_start" CHECK ("ends_at" > "starts_at");
-- lib/events/join-code.ts: no 0/O, 1/I/L, 2/Z, 5/S, 8/B look-alikes.
ALTER TABLE "event" ADD CONSTRAINT "event_join_code_shape" CHECK ("join_code" ~ '^[ACDEFGHJKMNPQRTUVWXY34679]{6,12}$');
ALTER TABLE "event" ADD CONSTRAINT "event_participant_count_not_negative" CHECK ("participant_count" >= 0);
ALTER TABLE "event_participant" ADD CONSTRAINT "event_participant_nickname_present" CHECK (length(btrim("nickname")) > 0);
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_text_present" CHECK (length(btrim("text")) > 0);
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_support_count_not_negative" CHECK ("support_count" >= 0);
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_not_merged_into_itself" CHECK ("merged_into_id" <> "id");
-- Only an approved room question becomes a portal question.
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_published_only_if_approved" CHECK ("question_id" IS NULL OR "moderation" = 'approved');
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_decision_complete" CHECK ("decided_by_id" IS NULL OR "decided_at" IS NOT NULL);
