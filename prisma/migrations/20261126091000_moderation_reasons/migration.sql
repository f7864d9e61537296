-- Hand-written: a moderator's decision now cites a house rule (moderation_rule), with words optional, and a post
-- may be hidden with neither: automatically, by reports from several people, or as a safeguarding concern (whose
-- reasons are kept from the author). A rejection still says why: a rule, or (decisions made before rules) words.
ALTER TABLE "question" DROP CONSTRAINT "question_moderation_reason_check";
ALTER TABLE "comment" DROP CONSTRAINT "comment_moderation_reason_check";

ALTER TABLE "question"
  ADD CONSTRAINT "question_rejection_reason_check" CHECK (
    moderation <> 'rejected' OR moderation_rule IS NOT NULL OR coalesce(char_length(btrim(moderation_reason)), 0) > 0);
ALTER TABLE "comment"
  ADD CONSTRAINT "comment_rejection_reason_check" CHECK (
    moderation <> 'rejected' OR moderation_rule IS NOT NULL OR coalesce(char_length(btrim(moderation_reason)), 0) > 0);
