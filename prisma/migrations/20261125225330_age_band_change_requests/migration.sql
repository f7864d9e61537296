-- CreateEnum
CREATE TYPE "AgeBandRequestState" AS ENUM ('pending', 'approved', 'declined');

-- CreateTable
CREATE TABLE "age_band_change_request" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "from_band" "AgeBand",
    "to_band" "AgeBand" NOT NULL,
    "state" "AgeBandRequestState" NOT NULL DEFAULT 'pending',
    "reason" VARCHAR(500),
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "age_band_change_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "age_band_change_request_state_created_at_id_idx" ON "age_band_change_request"("state", "created_at", "id");

-- CreateIndex
CREATE INDEX "age_band_change_request_user_id_created_at_idx" ON "age_band_change_request"("user_id", "created_at");

-- AddForeignKey
ALTER TABLE "age_band_change_request" ADD CONSTRAINT "age_band_change_request_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "age_band_change_request" ADD CONSTRAINT "age_band_change_request_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: one pending request per person, whatever the race (a second insert is a unique violation).
CREATE UNIQUE INDEX "age_band_change_request_one_pending_per_user" ON "age_band_change_request"("user_id") WHERE state = 'pending';

-- A decided request names who decided and when; a declined one says why; a pending one has neither.
ALTER TABLE "age_band_change_request" ADD CONSTRAINT "age_band_change_request_decision_check" CHECK (
  (state = 'pending' AND decided_by_id IS NULL AND decided_at IS NULL)
  OR (state <> 'pending' AND decided_at IS NOT NULL)
);
ALTER TABLE "age_band_change_request" ADD CONSTRAINT "age_band_change_request_declined_reason_check" CHECK (
  state <> 'declined' OR (reason IS NOT NULL AND length(btrim(reason)) > 0)
);
-- Only a move into an adult band is ever asked for; the rest apply directly.
ALTER TABLE "age_band_change_request" ADD CONSTRAINT "age_band_change_request_to_adult_check" CHECK (
  to_band NOT IN ('under_16', 'age_16_17')
);
