-- CreateTable
CREATE TABLE "priorities_snapshot" (
    "period_kind" TEXT NOT NULL,
    "period_from" DATE NOT NULL,
    "period_to" DATE NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "figures" JSONB NOT NULL,

    CONSTRAINT "priorities_snapshot_pkey" PRIMARY KEY ("period_kind")
);

-- Only the preset periods are stored; a custom period is always worked out live.
ALTER TABLE "priorities_snapshot" ADD CONSTRAINT "priorities_snapshot_period_kind_check"
  CHECK ("period_kind" IN ('30d', '90d', '12m'));
ALTER TABLE "priorities_snapshot" ADD CONSTRAINT "priorities_snapshot_period_check" CHECK ("period_from" <= "period_to");
