-- Replies stay one level deep and on their parent's question from both sides: a comment that has replies
-- can neither become a reply nor move to another question (its replies would be left behind).
CREATE OR REPLACE FUNCTION comment_reply_depth_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_row comment%ROWTYPE;
BEGIN
  IF NEW.parent_id IS NOT NULL THEN
    SELECT * INTO parent_row FROM comment WHERE id = NEW.parent_id;
    IF parent_row.parent_id IS NOT NULL THEN
      RAISE EXCEPTION 'a reply cannot have replies' USING ERRCODE = 'check_violation';
    END IF;
    IF parent_row.question_id <> NEW.question_id THEN
      RAISE EXCEPTION 'a reply must be on its parent''s question' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM comment c WHERE c.parent_id = NEW.id) THEN
    IF NEW.parent_id IS NOT NULL THEN
      RAISE EXCEPTION 'a comment with replies cannot become a reply' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.question_id <> OLD.question_id THEN
      RAISE EXCEPTION 'a comment with replies cannot move to another question' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
