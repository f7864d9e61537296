-- CreateEnum
CREATE TYPE "DeliveryAnswer" AS ENUM ('yes', 'partly', 'no');

-- AlterEnum: a commitment given up is "dropped", with a public reason.
ALTER TYPE "CommitmentState" RENAME VALUE 'withdrawn' TO 'dropped';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'commitment_updated';
ALTER TYPE "NotificationKind" ADD VALUE 'delivery_check';

-- AlterTable
ALTER TABLE "commitment" ADD COLUMN     "delivery_check_sent_at" TIMESTAMP(3),
ADD COLUMN     "dropped_at" TIMESTAMP(3),
ADD COLUMN     "dropped_reason" VARCHAR(2000),
ADD COLUMN     "evidence_links" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "progress" SMALLINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "commitment_milestone" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "title" VARCHAR(140) NOT NULL,
    "planned_date" DATE NOT NULL,
    "completed_date" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delivery_check" (
    "commitment_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "asked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answer" "DeliveryAnswer",
    "answered_at" TIMESTAMP(3),

    CONSTRAINT "delivery_check_pkey" PRIMARY KEY ("commitment_id","user_id")
);

-- CreateIndex
CREATE INDEX "commitment_milestone_commitment_id_planned_date_idx" ON "commitment_milestone"("commitment_id", "planned_date");

-- CreateIndex
CREATE INDEX "delivery_check_user_id_idx" ON "delivery_check"("user_id");

-- CreateIndex
CREATE INDEX "delivery_check_commitment_id_answer_idx" ON "delivery_check"("commitment_id", "answer");

-- AddForeignKey
ALTER TABLE "commitment_milestone" ADD CONSTRAINT "commitment_milestone_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_check" ADD CONSTRAINT "delivery_check_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_check" ADD CONSTRAINT "delivery_check_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Checks: what each state needs, and what a delivery answer is made of.
ALTER TABLE "commitment"
  ADD CONSTRAINT "commitment_progress_range" CHECK ("progress" BETWEEN 0 AND 100),
  ADD CONSTRAINT "commitment_evidence_links_count" CHECK (cardinality("evidence_links") <= 10),
  ADD CONSTRAINT "commitment_delivered_has_date" CHECK (("state" = 'delivered') = ("delivered_at" IS NOT NULL)),
  ADD CONSTRAINT "commitment_dropped_has_reason" CHECK (
    ("state" = 'dropped') = ("dropped_at" IS NOT NULL) AND ("state" <> 'dropped' OR "dropped_reason" IS NOT NULL)
  ),
  ADD CONSTRAINT "commitment_check_after_delivery" CHECK ("delivery_check_sent_at" IS NULL OR "delivered_at" IS NOT NULL);

ALTER TABLE "commitment_milestone"
  ADD CONSTRAINT "commitment_milestone_title_present" CHECK (length(btrim("title")) > 0);

ALTER TABLE "delivery_check"
  ADD CONSTRAINT "delivery_check_answer_dated" CHECK (("answer" IS NULL) = ("answered_at" IS NULL));

-- The public list of commitments: by state and target date across partners.
CREATE INDEX "commitment_state_target_date_idx" ON "commitment"("state", "target_date");
