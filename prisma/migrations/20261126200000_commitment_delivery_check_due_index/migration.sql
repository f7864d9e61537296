-- The delivery-check job's search: delivered commitments whose supporters have not been asked yet, oldest
-- delivery first. Partial, so it holds only the few commitments waiting (Prisma's schema cannot express it).
CREATE INDEX "commitment_delivery_check_due_idx" ON "commitment" ("delivered_at", "id")
  WHERE "state" = 'delivered' AND "delivery_check_sent_at" IS NULL;
