-- CreateEnum
CREATE TYPE "AssignmentEventKind" AS ENUM ('claimed', 'released', 'transferred', 'reassigned');

-- AlterTable
ALTER TABLE "response" ADD COLUMN     "edited_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "assignment_event" (
    "id" UUID NOT NULL,
    "question_id" UUID NOT NULL,
    "kind" "AssignmentEventKind" NOT NULL,
    "from_organisation_id" INTEGER,
    "to_organisation_id" INTEGER,
    "member_id" UUID,
    "actor_id" UUID NOT NULL,
    "note" VARCHAR(2000),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assignment_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answer_template" (
    "id" UUID NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "body" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "answer_template_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "assignment_event_question_id_created_at_idx" ON "assignment_event"("question_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "answer_template_organisation_id_title_key" ON "answer_template"("organisation_id", "title");

-- AddForeignKey
ALTER TABLE "assignment_event" ADD CONSTRAINT "assignment_event_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_event" ADD CONSTRAINT "assignment_event_from_organisation_id_fkey" FOREIGN KEY ("from_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_event" ADD CONSTRAINT "assignment_event_to_organisation_id_fkey" FOREIGN KEY ("to_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_event" ADD CONSTRAINT "assignment_event_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_event" ADD CONSTRAINT "assignment_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_template" ADD CONSTRAINT "answer_template_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer_template" ADD CONSTRAINT "answer_template_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: what each kind of hand-over must say. A release names the organisation that let go and why; a
-- transfer names both organisations (different ones) and a note; a claim and a reassignment name who holds it.
ALTER TABLE "assignment_event" ADD CONSTRAINT "assignment_event_shape" CHECK (
  CASE "kind"
    WHEN 'claimed' THEN "to_organisation_id" IS NOT NULL AND "member_id" IS NOT NULL
    WHEN 'released' THEN "from_organisation_id" IS NOT NULL AND "to_organisation_id" IS NULL
      AND "member_id" IS NULL AND btrim(coalesce("note", '')) <> ''
    WHEN 'transferred' THEN "from_organisation_id" IS NOT NULL AND "to_organisation_id" IS NOT NULL
      AND "from_organisation_id" <> "to_organisation_id" AND btrim(coalesce("note", '')) <> ''
    WHEN 'reassigned' THEN "to_organisation_id" IS NOT NULL AND "member_id" IS NOT NULL
  END
);

-- A claim has a time exactly when it has a member.
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_claim_complete"
  CHECK (("claimed_by_id" IS NULL) = ("claimed_at" IS NULL));

-- Answer templates: a title and a body within the response's own limit (lib/responses/schemas.ts).
ALTER TABLE "answer_template" ADD CONSTRAINT "answer_template_text"
  CHECK (btrim("title") <> '' AND char_length("body") BETWEEN 1 AND 10000);
