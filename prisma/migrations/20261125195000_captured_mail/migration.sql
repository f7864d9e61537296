-- The table holds mail captured instead of sent (no SMTP server configured), not an outbox to send from.
-- Renamed in place (Prisma's diff would drop and recreate it), so captured development mail survives.
ALTER TABLE "outbox_message" RENAME TO "captured_mail";
ALTER TABLE "captured_mail" RENAME CONSTRAINT "outbox_message_pkey" TO "captured_mail_pkey";
ALTER INDEX "outbox_message_to_address_created_at_idx" RENAME TO "captured_mail_to_address_created_at_idx";
ALTER INDEX "outbox_message_created_at_idx" RENAME TO "captured_mail_created_at_idx";
