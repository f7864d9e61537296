-- Stored counts of published (moderation 'approved') questions, so that a list's total and the themes' counts
-- are a sum over a few hundred rows rather than a count over every published question (issue 17: at 100,000
-- questions the exact count(*) took about 0.5 s of database time per /questions request under load, and the
-- home page's theme counts 1.7 s).
--
-- One row per (theme, district, status) that has published questions: theme_id 0 counts each question once
-- (whatever its themes), theme_id t counts the questions with theme t; district_id 0 is "no district". Zero
-- stands in for "none" (not a foreign key) so the key has no NULLs.
CREATE TABLE "published_question_tally" (
    "theme_id" INTEGER NOT NULL,
    "district_id" INTEGER NOT NULL,
    "status" "QuestionStatus" NOT NULL,
    "questions" INTEGER NOT NULL,
    -- No CHECK (questions >= 0): PostgreSQL checks the row an upsert would insert before it finds the conflict,
    -- so a decrement (inserted as -1) would fail. tests/integration/published-question-tally.test.ts keeps the
    -- tally equal to a count.
    CONSTRAINT "published_question_tally_pkey" PRIMARY KEY ("theme_id", "district_id", "status")
);

-- Adds delta to each (theme, district, status) in the rows given: the writers below pass the rows a statement
-- published or unpublished, each once per tally row it touches.
CREATE FUNCTION add_to_published_question_tally(changes jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO published_question_tally AS t (theme_id, district_id, status, questions)
  SELECT c.theme_id, c.district_id, c.status, sum(c.delta)::int
  FROM jsonb_to_recordset(changes) AS c(theme_id int, district_id int, status "QuestionStatus", delta int)
  GROUP BY 1, 2, 3
  -- In key order, so two writers touching the same rows take their locks in the same order.
  ORDER BY 1, 2, 3
  ON CONFLICT (theme_id, district_id, status) DO UPDATE SET questions = t.questions + EXCLUDED.questions;
$$;

-- The tally rows a set of questions (id, district, status) counts in, with a sign.
CREATE FUNCTION published_question_tally_rows(questions jsonb, sign int) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(jsonb_agg(r), '[]'::jsonb) FROM (
    SELECT 0 AS theme_id, q.district_id, q.status, sign AS delta
    FROM jsonb_to_recordset(questions) AS q(id uuid, district_id int, status "QuestionStatus")
    UNION ALL
    SELECT qt.theme_id, q.district_id, q.status, sign
    FROM jsonb_to_recordset(questions) AS q(id uuid, district_id int, status "QuestionStatus")
    JOIN question_theme qt ON qt.question_id = q.id
  ) r;
$$;

-- Questions inserted (statement level, so a bulk insert adds to each row once): the published ones count. Their
-- themes are usually inserted after them, and count through question_theme's trigger.
CREATE FUNCTION published_question_tally_on_question_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_to_published_question_tally(published_question_tally_rows(
    (SELECT coalesce(jsonb_agg(jsonb_build_object('id', n.id, 'district_id', coalesce(n.district_id, 0), 'status', n.status)), '[]')
     FROM new_questions n WHERE n.moderation = 'approved'), 1));
  RETURN NULL;
END $$;

CREATE TRIGGER published_question_tally_insert AFTER INSERT ON "question"
  REFERENCING NEW TABLE AS new_questions FOR EACH STATEMENT
  EXECUTE FUNCTION published_question_tally_on_question_insert();

-- A question published, unpublished, moved to another district or status (row level with a column list, so a
-- support, which updates support_count, never runs it).
CREATE FUNCTION published_question_tally_on_question_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.moderation = 'approved' THEN
    PERFORM add_to_published_question_tally(published_question_tally_rows(jsonb_build_array(
      jsonb_build_object('id', OLD.id, 'district_id', coalesce(OLD.district_id, 0), 'status', OLD.status)), -1));
  END IF;
  IF NEW.moderation = 'approved' THEN
    PERFORM add_to_published_question_tally(published_question_tally_rows(jsonb_build_array(
      jsonb_build_object('id', NEW.id, 'district_id', coalesce(NEW.district_id, 0), 'status', NEW.status)), 1));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER published_question_tally_update AFTER UPDATE OF "moderation", "status", "district_id" ON "question"
  FOR EACH ROW
  WHEN (OLD.moderation IS DISTINCT FROM NEW.moderation OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD.district_id IS DISTINCT FROM NEW.district_id)
  EXECUTE FUNCTION published_question_tally_on_question_update();

-- A question deleted: its themes are gone first (question_theme restricts the delete), so only its own row.
CREATE FUNCTION published_question_tally_on_question_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM add_to_published_question_tally(published_question_tally_rows(
    (SELECT coalesce(jsonb_agg(jsonb_build_object('id', o.id, 'district_id', coalesce(o.district_id, 0), 'status', o.status)), '[]')
     FROM old_questions o WHERE o.moderation = 'approved'), -1));
  RETURN NULL;
END $$;

CREATE TRIGGER published_question_tally_delete AFTER DELETE ON "question"
  REFERENCING OLD TABLE AS old_questions FOR EACH STATEMENT
  EXECUTE FUNCTION published_question_tally_on_question_delete();

-- A published question's themes added or removed.
CREATE FUNCTION published_question_tally_on_theme_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM add_to_published_question_tally((
      SELECT coalesce(jsonb_agg(jsonb_build_object('theme_id', o.theme_id, 'district_id', coalesce(q.district_id, 0),
                                                   'status', q.status, 'delta', -1)), '[]')
      FROM old_themes o JOIN question q ON q.id = o.question_id WHERE q.moderation = 'approved'));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM add_to_published_question_tally((
      SELECT coalesce(jsonb_agg(jsonb_build_object('theme_id', n.theme_id, 'district_id', coalesce(q.district_id, 0),
                                                   'status', q.status, 'delta', 1)), '[]')
      FROM new_themes n JOIN question q ON q.id = n.question_id WHERE q.moderation = 'approved'));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER published_question_tally_theme_insert AFTER INSERT ON "question_theme"
  REFERENCING NEW TABLE AS new_themes FOR EACH STATEMENT
  EXECUTE FUNCTION published_question_tally_on_theme_change();
CREATE TRIGGER published_question_tally_theme_update AFTER UPDATE ON "question_theme"
  REFERENCING OLD TABLE AS old_themes NEW TABLE AS new_themes FOR EACH STATEMENT
  EXECUTE FUNCTION published_question_tally_on_theme_change();
CREATE TRIGGER published_question_tally_theme_delete AFTER DELETE ON "question_theme"
  REFERENCING OLD TABLE AS old_themes FOR EACH STATEMENT
  EXECUTE FUNCTION published_question_tally_on_theme_change();

-- Emptying a table empties what it counted.
CREATE FUNCTION published_question_tally_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'question' THEN
    DELETE FROM published_question_tally;
  ELSE
    DELETE FROM published_question_tally WHERE theme_id <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER published_question_tally_truncate AFTER TRUNCATE ON "question"
  FOR EACH STATEMENT EXECUTE FUNCTION published_question_tally_on_truncate();
CREATE TRIGGER published_question_tally_theme_truncate AFTER TRUNCATE ON "question_theme"
  FOR EACH STATEMENT EXECUTE FUNCTION published_question_tally_on_truncate();

-- The questions already published.
INSERT INTO published_question_tally (theme_id, district_id, status, questions)
SELECT 0, coalesce(q.district_id, 0), q.status, count(*)
FROM question q WHERE q.moderation = 'approved'
GROUP BY 1, 2, 3;
INSERT INTO published_question_tally (theme_id, district_id, status, questions)
SELECT qt.theme_id, coalesce(q.district_id, 0), q.status, count(*)
FROM question q JOIN question_theme qt ON qt.question_id = q.id WHERE q.moderation = 'approved'
GROUP BY 1, 2, 3;
