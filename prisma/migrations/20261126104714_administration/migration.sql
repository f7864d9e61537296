-- CreateEnum
CREATE TYPE "SecurityEventKind" AS ENUM ('sign_in_succeeded', 'sign_in_failed', 'sign_in_locked_out', 'password_reset_requested', 'password_reset_completed', 'signed_out_everywhere', 'action_refused', 'invitation_used');

-- DropIndex
DROP INDEX "audit_log_target_type_target_id_created_at_idx";

-- DropIndex
DROP INDEX "audit_log_actor_id_created_at_idx";

-- DropIndex
DROP INDEX "audit_log_created_at_idx";

-- AlterTable
ALTER TABLE "organisation" ADD COLUMN     "deactivated_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "request_id" VARCHAR(64);

-- CreateTable
CREATE TABLE "organisation_invitation" (
    "id" UUID NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'member',
    "token_hash" VARCHAR(64) NOT NULL,
    "invited_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "accepted_at" TIMESTAMP(3),
    "accepted_by_id" UUID,
    "revoked_at" TIMESTAMP(3),
    "revoked_by_id" UUID,

    CONSTRAINT "organisation_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_event" (
    "id" BIGSERIAL NOT NULL,
    "kind" "SecurityEventKind" NOT NULL,
    "user_id" UUID,
    "email" VARCHAR(254),
    "action" VARCHAR(80),
    "ip" VARCHAR(45),
    "request_id" VARCHAR(64),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "security_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_invitation_token_hash_key" ON "organisation_invitation"("token_hash");

-- CreateIndex
CREATE INDEX "organisation_invitation_organisation_id_created_at_id_idx" ON "organisation_invitation"("organisation_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "organisation_invitation_email_idx" ON "organisation_invitation"("email");

-- CreateIndex
CREATE INDEX "security_event_created_at_id_idx" ON "security_event"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "security_event_kind_created_at_id_idx" ON "security_event"("kind", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "security_event_user_id_created_at_id_idx" ON "security_event"("user_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_log_created_at_id_idx" ON "audit_log"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_log_actor_id_created_at_id_idx" ON "audit_log"("actor_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_log_action_created_at_id_idx" ON "audit_log"("action", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_log_target_type_target_id_created_at_id_idx" ON "audit_log"("target_type", "target_id", "created_at" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "organisation_invitation" ADD CONSTRAINT "organisation_invitation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_invitation" ADD CONSTRAINT "organisation_invitation_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_invitation" ADD CONSTRAINT "organisation_invitation_accepted_by_id_fkey" FOREIGN KEY ("accepted_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_invitation" ADD CONSTRAINT "organisation_invitation_revoked_by_id_fkey" FOREIGN KEY ("revoked_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "security_event" ADD CONSTRAINT "security_event_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written checks.
ALTER TABLE "organisation_invitation"
  ADD CONSTRAINT "organisation_invitation_email_lower" CHECK ("email" = lower("email")),
  ADD CONSTRAINT "organisation_invitation_expires_after_created" CHECK ("expires_at" > "created_at"),
  ADD CONSTRAINT "organisation_invitation_accepted_both_or_neither"
    CHECK (("accepted_at" IS NULL) = ("accepted_by_id" IS NULL)),
  ADD CONSTRAINT "organisation_invitation_revoked_both_or_neither"
    CHECK (("revoked_at" IS NULL) = ("revoked_by_id" IS NULL)),
  ADD CONSTRAINT "organisation_invitation_used_or_revoked" CHECK ("accepted_at" IS NULL OR "revoked_at" IS NULL);

-- The admin home counts the invitations still waiting (neither used nor withdrawn; expiry is read at query time).
CREATE INDEX "organisation_invitation_waiting_idx" ON "organisation_invitation" ("expires_at")
  WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL;

ALTER TABLE "security_event"
  ADD CONSTRAINT "security_event_email_lower" CHECK ("email" = lower("email")),
  ADD CONSTRAINT "security_event_action_only_when_refused" CHECK (("action" IS NOT NULL) = ("kind" = 'action_refused'));
