-- CreateEnum
CREATE TYPE "PlatformRole" AS ENUM ('citizen', 'moderator', 'admin');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('active', 'suspended', 'deleted');

-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('under_16', 'age_16_17', 'age_18_24', 'age_25_44', 'age_45_64', 'age_65_plus');

-- CreateEnum
CREATE TYPE "ParticipantType" AS ENUM ('student', 'teacher', 'resident', 'business', 'other');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('council', 'university', 'industry');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('member', 'lead');

-- CreateEnum
CREATE TYPE "DistrictKind" AS ENUM ('district', 'unitary', 'county');

-- CreateEnum
CREATE TYPE "ModerationState" AS ENUM ('pending', 'approved', 'rejected', 'hidden');

-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('open', 'under_review', 'answered', 'planned', 'in_progress', 'delivered', 'declined', 'merged');

-- CreateEnum
CREATE TYPE "CommitmentState" AS ENUM ('planned', 'in_progress', 'delivered', 'withdrawn');

-- CreateEnum
CREATE TYPE "FlagCategory" AS ENUM ('spam', 'offensive', 'personal_information', 'off_topic', 'other');

-- CreateEnum
CREATE TYPE "FlagState" AS ENUM ('open', 'upheld', 'dismissed');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('question_approved', 'question_rejected', 'question_answered', 'question_status_changed', 'followed_question_answered');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('email_verification', 'password_reset', 'sign_in');

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254),
    "email_verified_at" TIMESTAMP(3),
    "password_hash" TEXT,
    "display_name" VARCHAR(60) NOT NULL,
    "platform_role" "PlatformRole" NOT NULL DEFAULT 'citizen',
    "status" "UserStatus" NOT NULL DEFAULT 'active',
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "district_id" INTEGER,
    "age_band" "AgeBand",
    "participant_type" "ParticipantType",
    "email_notifications" BOOLEAN NOT NULL DEFAULT false,
    "suspended_reason" VARCHAR(500),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(60) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "description" VARCHAR(1000) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation_membership" (
    "user_id" UUID NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'member',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_membership_pkey" PRIMARY KEY ("user_id","organisation_id")
);

-- CreateTable
CREATE TABLE "theme" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(60) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMP(3),

    CONSTRAINT "theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "district" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(60) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "kind" "DistrictKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "district_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bank_holiday" (
    "date" DATE NOT NULL,
    "name" VARCHAR(100) NOT NULL,

    CONSTRAINT "bank_holiday_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "question" (
    "id" UUID NOT NULL,
    "title" VARCHAR(140) NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "district_id" INTEGER,
    "event_id" UUID,
    "moderation" "ModerationState" NOT NULL DEFAULT 'pending',
    "moderation_reason" VARCHAR(1000),
    "status" "QuestionStatus" NOT NULL DEFAULT 'open',
    "merged_into_id" UUID,
    "support_count" INTEGER NOT NULL DEFAULT 0,
    "comment_count" INTEGER NOT NULL DEFAULT 0,
    "trending_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "published_at" TIMESTAMP(3),
    "answered_at" TIMESTAMP(3),

    CONSTRAINT "question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_theme" (
    "question_id" UUID NOT NULL,
    "theme_id" INTEGER NOT NULL,

    CONSTRAINT "question_theme_pkey" PRIMARY KEY ("question_id","theme_id")
);

-- CreateTable
CREATE TABLE "question_revision" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "title" VARCHAR(140) NOT NULL,
    "body" TEXT NOT NULL,
    "edited_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_change" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "from_status" "QuestionStatus",
    "to_status" "QuestionStatus" NOT NULL,
    "note" VARCHAR(2000),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vote" (
    "user_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vote_pkey" PRIMARY KEY ("user_id","question_id")
);

-- CreateTable
CREATE TABLE "comment" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "parent_id" UUID,
    "body" VARCHAR(2000) NOT NULL,
    "moderation" "ModerationState" NOT NULL DEFAULT 'pending',
    "moderation_reason" VARCHAR(1000),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "response" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "response_revision" (
    "id" UUID NOT NULL,
    "response_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "edited_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "response_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "internal_note" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "organisation_id" INTEGER,
    "author_id" UUID NOT NULL,
    "body" VARCHAR(5000) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "internal_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment" (
    "question_id" UUID NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "due_on" DATE NOT NULL,
    "claimed_by_id" UUID,
    "claimed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("question_id")
);

-- CreateTable
CREATE TABLE "partner_tag" (
    "id" SERIAL NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_partner_tag" (
    "question_id" UUID NOT NULL,
    "tag_id" INTEGER NOT NULL,
    "tagged_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_partner_tag_pkey" PRIMARY KEY ("question_id","tag_id")
);

-- CreateTable
CREATE TABLE "commitment" (
    "id" UUID NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "title" VARCHAR(140) NOT NULL,
    "description" VARCHAR(5000) NOT NULL,
    "target_date" DATE NOT NULL,
    "state" "CommitmentState" NOT NULL DEFAULT 'planned',
    "evidence" VARCHAR(5000),
    "delivered_at" TIMESTAMP(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_question" (
    "commitment_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,

    CONSTRAINT "commitment_question_pkey" PRIMARY KEY ("commitment_id","question_id")
);

-- CreateTable
CREATE TABLE "commitment_update" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" VARCHAR(5000) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "flag" (
    "id" UUID NOT NULL,
    "reporter_id" UUID NOT NULL,
    "question_id" UUID,
    "comment_id" UUID,
    "category" "FlagCategory" NOT NULL,
    "details" VARCHAR(1000),
    "state" "FlagState" NOT NULL DEFAULT 'open',
    "resolved_by_id" UUID,
    "resolved_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "flag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL,
    "title" VARCHAR(140) NOT NULL,
    "description" VARCHAR(2000) NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "place" VARCHAR(200) NOT NULL,
    "organiser_id" UUID NOT NULL,
    "organisation_id" INTEGER,
    "join_code" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "question_id" UUID,
    "message" VARCHAR(500) NOT NULL,
    "read_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow" (
    "user_id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_pkey" PRIMARY KEY ("user_id","question_id")
);

-- CreateTable
CREATE TABLE "one_time_token" (
    "id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "user_id" UUID NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "one_time_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" UUID NOT NULL,
    "to_address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" UUID,
    "action" VARCHAR(80) NOT NULL,
    "target_type" VARCHAR(40) NOT NULL,
    "target_id" VARCHAR(64) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "user_platform_role_idx" ON "user"("platform_role");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_slug_key" ON "organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_name_key" ON "organisation"("name");

-- CreateIndex
CREATE INDEX "organisation_membership_organisation_id_idx" ON "organisation_membership"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "theme_slug_key" ON "theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "theme_name_key" ON "theme"("name");

-- CreateIndex
CREATE UNIQUE INDEX "district_slug_key" ON "district"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "district_name_key" ON "district"("name");

-- CreateIndex
CREATE INDEX "question_moderation_support_count_id_idx" ON "question"("moderation", "support_count" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "question_moderation_trending_score_id_idx" ON "question"("moderation", "trending_score" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "question_moderation_created_at_id_idx" ON "question"("moderation", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "question_moderation_status_created_at_id_idx" ON "question"("moderation", "status", "created_at", "id");

-- CreateIndex
CREATE INDEX "question_district_id_moderation_support_count_idx" ON "question"("district_id", "moderation", "support_count" DESC);

-- CreateIndex
CREATE INDEX "question_author_id_created_at_idx" ON "question"("author_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "question_event_id_idx" ON "question"("event_id");

-- CreateIndex
CREATE INDEX "question_merged_into_id_idx" ON "question"("merged_into_id");

-- CreateIndex
CREATE INDEX "question_theme_theme_id_question_id_idx" ON "question_theme"("theme_id", "question_id");

-- CreateIndex
CREATE INDEX "question_revision_question_id_created_at_idx" ON "question_revision"("question_id", "created_at");

-- CreateIndex
CREATE INDEX "status_change_question_id_created_at_idx" ON "status_change"("question_id", "created_at");

-- CreateIndex
CREATE INDEX "vote_question_id_idx" ON "vote"("question_id");

-- CreateIndex
CREATE INDEX "comment_question_id_moderation_created_at_idx" ON "comment"("question_id", "moderation", "created_at");

-- CreateIndex
CREATE INDEX "comment_parent_id_idx" ON "comment"("parent_id");

-- CreateIndex
CREATE INDEX "comment_author_id_idx" ON "comment"("author_id");

-- CreateIndex
CREATE INDEX "response_question_id_created_at_idx" ON "response"("question_id", "created_at");

-- CreateIndex
CREATE INDEX "response_organisation_id_created_at_idx" ON "response"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "response_revision_response_id_created_at_idx" ON "response_revision"("response_id", "created_at");

-- CreateIndex
CREATE INDEX "internal_note_question_id_created_at_idx" ON "internal_note"("question_id", "created_at");

-- CreateIndex
CREATE INDEX "assignment_organisation_id_due_on_idx" ON "assignment"("organisation_id", "due_on");

-- CreateIndex
CREATE UNIQUE INDEX "partner_tag_organisation_id_name_key" ON "partner_tag"("organisation_id", "name");

-- CreateIndex
CREATE INDEX "question_partner_tag_tag_id_idx" ON "question_partner_tag"("tag_id");

-- CreateIndex
CREATE INDEX "commitment_organisation_id_state_target_date_idx" ON "commitment"("organisation_id", "state", "target_date");

-- CreateIndex
CREATE INDEX "commitment_question_question_id_idx" ON "commitment_question"("question_id");

-- CreateIndex
CREATE INDEX "commitment_update_commitment_id_created_at_idx" ON "commitment_update"("commitment_id", "created_at");

-- CreateIndex
CREATE INDEX "flag_state_created_at_idx" ON "flag"("state", "created_at");

-- CreateIndex
CREATE INDEX "flag_question_id_idx" ON "flag"("question_id");

-- CreateIndex
CREATE INDEX "flag_comment_id_idx" ON "flag"("comment_id");

-- CreateIndex
CREATE UNIQUE INDEX "flag_reporter_id_question_id_key" ON "flag"("reporter_id", "question_id");

-- CreateIndex
CREATE UNIQUE INDEX "flag_reporter_id_comment_id_key" ON "flag"("reporter_id", "comment_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_join_code_key" ON "event"("join_code");

-- CreateIndex
CREATE INDEX "event_starts_at_idx" ON "event"("starts_at");

-- CreateIndex
CREATE INDEX "notification_user_id_created_at_idx" ON "notification"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "follow_question_id_idx" ON "follow"("question_id");

-- CreateIndex
CREATE UNIQUE INDEX "one_time_token_token_hash_key" ON "one_time_token"("token_hash");

-- CreateIndex
CREATE INDEX "one_time_token_user_id_purpose_idx" ON "one_time_token"("user_id", "purpose");

-- CreateIndex
CREATE INDEX "outbox_message_to_address_created_at_idx" ON "outbox_message"("to_address", "created_at" DESC);

-- CreateIndex
CREATE INDEX "outbox_message_created_at_idx" ON "outbox_message"("created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_log_target_type_target_id_created_at_idx" ON "audit_log"("target_type", "target_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "audit_log"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- AddForeignKey
ALTER TABLE "user" ADD CONSTRAINT "user_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_membership" ADD CONSTRAINT "organisation_membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_membership" ADD CONSTRAINT "organisation_membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_theme" ADD CONSTRAINT "question_theme_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_theme" ADD CONSTRAINT "question_theme_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_revision" ADD CONSTRAINT "question_revision_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_revision" ADD CONSTRAINT "question_revision_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_change" ADD CONSTRAINT "status_change_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote" ADD CONSTRAINT "vote_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vote" ADD CONSTRAINT "vote_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response" ADD CONSTRAINT "response_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response" ADD CONSTRAINT "response_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response" ADD CONSTRAINT "response_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response_revision" ADD CONSTRAINT "response_revision_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "response"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response_revision" ADD CONSTRAINT "response_revision_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "internal_note" ADD CONSTRAINT "internal_note_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "internal_note" ADD CONSTRAINT "internal_note_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "internal_note" ADD CONSTRAINT "internal_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_claimed_by_id_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_tag" ADD CONSTRAINT "partner_tag_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_partner_tag" ADD CONSTRAINT "question_partner_tag_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_partner_tag" ADD CONSTRAINT "question_partner_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "partner_tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_partner_tag" ADD CONSTRAINT "question_partner_tag_tagged_by_id_fkey" FOREIGN KEY ("tagged_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment" ADD CONSTRAINT "commitment_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_question" ADD CONSTRAINT "commitment_question_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_question" ADD CONSTRAINT "commitment_question_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_update" ADD CONSTRAINT "commitment_update_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_update" ADD CONSTRAINT "commitment_update_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flag" ADD CONSTRAINT "flag_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flag" ADD CONSTRAINT "flag_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flag" ADD CONSTRAINT "flag_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "flag" ADD CONSTRAINT "flag_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_organiser_id_fkey" FOREIGN KEY ("organiser_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow" ADD CONSTRAINT "follow_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow" ADD CONSTRAINT "follow_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "one_time_token" ADD CONSTRAINT "one_time_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────── Hand-written: what the Prisma schema cannot express ─────────

-- Checks: the invariants hold whatever code writes the row.
ALTER TABLE "user"
  ADD CONSTRAINT "user_email_lower_check" CHECK (email = lower(email)),
  ADD CONSTRAINT "user_display_name_check" CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 60),
  ADD CONSTRAINT "user_session_version_check" CHECK (session_version >= 0),
  ADD CONSTRAINT "user_deleted_blank_check" CHECK (status <> 'deleted' OR (email IS NULL AND password_hash IS NULL AND deleted_at IS NOT NULL));

ALTER TABLE "question"
  ADD CONSTRAINT "question_title_check" CHECK (char_length(btrim(title)) BETWEEN 1 AND 140),
  ADD CONSTRAINT "question_body_check" CHECK (char_length(body) <= 5000),
  ADD CONSTRAINT "question_support_count_check" CHECK (support_count >= 0),
  ADD CONSTRAINT "question_comment_count_check" CHECK (comment_count >= 0),
  ADD CONSTRAINT "question_trending_score_check" CHECK (trending_score >= 0),
  ADD CONSTRAINT "question_merged_check" CHECK ((status = 'merged') = (merged_into_id IS NOT NULL)),
  ADD CONSTRAINT "question_not_merged_into_self_check" CHECK (merged_into_id <> id),
  ADD CONSTRAINT "question_moderation_reason_check" CHECK (moderation NOT IN ('rejected', 'hidden') OR coalesce(char_length(btrim(moderation_reason)), 0) > 0);

ALTER TABLE "comment"
  ADD CONSTRAINT "comment_body_check" CHECK (char_length(btrim(body)) BETWEEN 1 AND 2000),
  ADD CONSTRAINT "comment_not_own_parent_check" CHECK (parent_id <> id),
  ADD CONSTRAINT "comment_moderation_reason_check" CHECK (moderation NOT IN ('rejected', 'hidden') OR coalesce(char_length(btrim(moderation_reason)), 0) > 0);

ALTER TABLE "response" ADD CONSTRAINT "response_body_check" CHECK (char_length(btrim(body)) BETWEEN 1 AND 10000);
ALTER TABLE "response_revision" ADD CONSTRAINT "response_revision_body_check" CHECK (char_length(body) <= 10000);
ALTER TABLE "question_revision" ADD CONSTRAINT "question_revision_body_check" CHECK (char_length(body) <= 5000);
ALTER TABLE "internal_note" ADD CONSTRAINT "internal_note_body_check" CHECK (char_length(btrim(body)) BETWEEN 1 AND 5000);

ALTER TABLE "status_change"
  ADD CONSTRAINT "status_change_moves_check" CHECK (from_status IS DISTINCT FROM to_status),
  ADD CONSTRAINT "status_change_public_note_check" CHECK (to_status NOT IN ('declined', 'merged', 'delivered') OR coalesce(char_length(btrim(note)), 0) > 0);

ALTER TABLE "flag" ADD CONSTRAINT "flag_one_target_check" CHECK (num_nonnulls(question_id, comment_id) = 1);

ALTER TABLE "commitment"
  ADD CONSTRAINT "commitment_delivered_check" CHECK (state <> 'delivered' OR (coalesce(char_length(btrim(evidence)), 0) > 0 AND delivered_at IS NOT NULL));

ALTER TABLE "event" ADD CONSTRAINT "event_join_code_check" CHECK (join_code ~ '^[A-Z0-9]{6,12}$');
ALTER TABLE "partner_tag" ADD CONSTRAINT "partner_tag_name_check" CHECK (char_length(btrim(name)) BETWEEN 1 AND 60);

-- Replies are one level deep and stay on their parent's question.
CREATE FUNCTION comment_reply_depth_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_row comment%ROWTYPE;
BEGIN
  IF NEW.parent_id IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT * INTO parent_row FROM comment WHERE id = NEW.parent_id;
  IF parent_row.parent_id IS NOT NULL THEN
    RAISE EXCEPTION 'a reply cannot have replies' USING ERRCODE = 'check_violation';
  END IF;
  IF parent_row.question_id <> NEW.question_id THEN
    RAISE EXCEPTION 'a reply must be on its parent''s question' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER comment_reply_depth BEFORE INSERT OR UPDATE OF parent_id, question_id ON comment
  FOR EACH ROW EXECUTE FUNCTION comment_reply_depth_guard();

-- The audit log is append-only.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Full-text search over title (weight A) and details (weight B), and trigram similarity on titles.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE "question" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')
) STORED;
CREATE INDEX "question_search_idx" ON "question" USING gin ("search");
CREATE INDEX "question_title_trgm_idx" ON "question" USING gin ("title" gin_trgm_ops);
