-- Every instance keeps the public pages it rendered for visitors for a few seconds (lib/page-cache/store.ts) and
-- drops them when told that something those pages show has changed. The triggers tell them from inside the
-- writing transaction, whoever writes (a service, a job, the seed, an operator's SQL), so no writer can forget
-- to; Postgres delivers the notification on commit only and folds repeats within one transaction into one.
--
-- Supports are left out on purpose: they only move counts (question.support_count, trending_score), which the
-- cache lets lag by seconds, and a support storm must not empty every instance's cache on every support.
CREATE FUNCTION notify_public_pages_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('public_pages_changed', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

-- A question: every column a page shows, except the counts a support moves.
CREATE TRIGGER question_public_pages_changed_write
  AFTER INSERT OR DELETE OR TRUNCATE ON "question"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_pages_changed();
CREATE TRIGGER question_public_pages_changed_update
  AFTER UPDATE OF title, body, author_id, district_id, event_id, moderation, moderation_reason, moderation_rule,
    duplicate_of_id, status, merged_into_id, comment_count, published_at, answered_at ON "question"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_pages_changed();

-- A person: only what pages show of them (their name, and whether the account is still there).
CREATE TRIGGER user_public_pages_changed_write
  AFTER DELETE OR TRUNCATE ON "user"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_pages_changed();
CREATE TRIGGER user_public_pages_changed_update
  AFTER UPDATE OF display_name, status, deleted_at ON "user"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_public_pages_changed();

-- Everything else the public pages read, whole.
DO $$
DECLARE
  public_table text;
BEGIN
  FOREACH public_table IN ARRAY ARRAY[
    'question_theme', 'status_change', 'comment', 'response', 'assignment', 'question_partner_tag',
    'commitment', 'commitment_question', 'commitment_milestone', 'commitment_update', 'delivery_check',
    'organisation', 'organisation_membership', 'event', 'priorities_snapshot'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION notify_public_pages_changed()',
      public_table || '_public_pages_changed', public_table);
  END LOOP;
END
$$;
