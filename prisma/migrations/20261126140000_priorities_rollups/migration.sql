-- The priorities dashboard (/partner/priorities) reads pre-aggregated support, kept by the write path.
--
-- 1. Each vote keeps the supporter's district, age band and "I am a…" answer as they were when they gave it
--    (filled by a trigger from their account), so a later change to their profile does not move old support,
--    and taking a support back subtracts it from exactly the group it was added to.
-- 2. Four rollups, changed by statement triggers on vote in the same transaction as the vote rows:
--      question_support_day / _month   supports per question per day (Europe/London) and per month;
--      supporter_day / _month          supports per person per day and per month, with the snapshot above,
--                                      so distinct PEOPLE per group over a period are counted from far fewer
--                                      rows than the votes (a person's supports bunch in a few visits).
--    A period is read as its whole months from the _month tables and its partial months from the _day tables.
--    Only support on published questions (moderation 'approved') is in the rollups: a trigger on question
--    takes a question's support out when it is hidden (or otherwise leaves 'approved') and puts it back when
--    it is restored. Rows that reach 0 are deleted.
--    Keys are upserted in key order, so two transactions touching the same rows lock them in the same order.

ALTER TABLE "vote"
  ADD COLUMN "district_id" INTEGER REFERENCES "district"("id") ON DELETE RESTRICT,
  ADD COLUMN "age_band" "AgeBand",
  ADD COLUMN "participant_type" "ParticipantType";

UPDATE "vote" v
SET district_id = u.district_id, age_band = u.age_band, participant_type = u.participant_type
FROM "user" u WHERE u.id = v.user_id;

CREATE FUNCTION vote_snapshot_supporter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT u.district_id, u.age_band, u.participant_type
  INTO NEW.district_id, NEW.age_band, NEW.participant_type
  FROM "user" u WHERE u.id = NEW.user_id;
  RETURN NEW;
END $$;

CREATE TRIGGER vote_snapshot_supporter BEFORE INSERT ON "vote"
  FOR EACH ROW EXECUTE FUNCTION vote_snapshot_supporter();

-- Broad support reads the period's supports of a few candidate questions with their groups from here.
CREATE INDEX "vote_question_id_created_at_groups_idx" ON "vote" ("question_id", "created_at")
  INCLUDE ("district_id", "age_band");

CREATE TABLE "question_support_day" (
  "day" DATE NOT NULL,
  "question_id" UUID NOT NULL REFERENCES "question"("id") ON DELETE RESTRICT,
  "supports" INTEGER NOT NULL CHECK ("supports" >= 0),
  PRIMARY KEY ("day", "question_id")
);
CREATE TABLE "question_support_month" (
  "month" DATE NOT NULL CHECK (extract(day FROM "month") = 1),
  "question_id" UUID NOT NULL REFERENCES "question"("id") ON DELETE RESTRICT,
  "supports" INTEGER NOT NULL CHECK ("supports" >= 0),
  PRIMARY KEY ("month", "question_id")
);
CREATE TABLE "supporter_day" (
  "day" DATE NOT NULL,
  "user_id" UUID NOT NULL REFERENCES "user"("id") ON DELETE RESTRICT,
  "district_id" INTEGER,
  "age_band" "AgeBand",
  "participant_type" "ParticipantType",
  "supports" INTEGER NOT NULL CHECK ("supports" >= 0)
);
CREATE UNIQUE INDEX "supporter_day_key" ON "supporter_day"
  ("day", "user_id", "district_id", "age_band", "participant_type") NULLS NOT DISTINCT;
CREATE TABLE "supporter_month" (
  "month" DATE NOT NULL CHECK (extract(day FROM "month") = 1),
  "user_id" UUID NOT NULL REFERENCES "user"("id") ON DELETE RESTRICT,
  "district_id" INTEGER,
  "age_band" "AgeBand",
  "participant_type" "ParticipantType",
  "supports" INTEGER NOT NULL CHECK ("supports" >= 0)
);
CREATE UNIQUE INDEX "supporter_month_key" ON "supporter_month"
  ("month", "user_id", "district_id", "age_band", "participant_type") NULLS NOT DISTINCT;

CREATE TYPE "vote_delta" AS (
  "day" DATE,
  "question_id" UUID,
  "user_id" UUID,
  "district_id" INTEGER,
  "age_band" "AgeBand",
  "participant_type" "ParticipantType",
  "n" INTEGER
);

-- The changes with their month, as rows.
CREATE FUNCTION vote_delta_rows(deltas "vote_delta"[])
RETURNS TABLE (day DATE, month DATE, question_id UUID, user_id UUID, district_id INTEGER, age_band "AgeBand",
               participant_type "ParticipantType", n INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT d.day, date_trunc('month', d.day)::date, d.question_id, d.user_id, d.district_id, d.age_band,
         d.participant_type, d.n
  FROM unnest(deltas) d
$$;

-- The one place the rollups change: add (n > 0) or take away (n < 0) supports. Additions are upserted, in key
-- order; taking away updates existing rows (an insert of a negative count would break the check even where the
-- row exists), and rows that reach 0 are deleted.
CREATE FUNCTION apply_vote_deltas(deltas "vote_delta"[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(array_length(deltas, 1), 0) = 0 THEN RETURN; END IF;

  INSERT INTO question_support_day AS t (day, question_id, supports)
  SELECT day, question_id, sum(n) FROM vote_delta_rows(deltas) x
  GROUP BY 1, 2 HAVING sum(n) > 0 ORDER BY 1, 2
  ON CONFLICT (day, question_id) DO UPDATE SET supports = t.supports + excluded.supports;

  INSERT INTO question_support_month AS t (month, question_id, supports)
  SELECT month, question_id, sum(n) FROM vote_delta_rows(deltas) x
  GROUP BY 1, 2 HAVING sum(n) > 0 ORDER BY 1, 2
  ON CONFLICT (month, question_id) DO UPDATE SET supports = t.supports + excluded.supports;

  INSERT INTO supporter_day AS t (day, user_id, district_id, age_band, participant_type, supports)
  SELECT day, user_id, district_id, age_band, participant_type, sum(n) FROM vote_delta_rows(deltas) x
  GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) > 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (day, user_id, district_id, age_band, participant_type)
  DO UPDATE SET supports = t.supports + excluded.supports;

  INSERT INTO supporter_month AS t (month, user_id, district_id, age_band, participant_type, supports)
  SELECT month, user_id, district_id, age_band, participant_type, sum(n) FROM vote_delta_rows(deltas) x
  GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) > 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (month, user_id, district_id, age_band, participant_type)
  DO UPDATE SET supports = t.supports + excluded.supports;

  IF NOT EXISTS (SELECT 1 FROM unnest(deltas) d WHERE d.n < 0) THEN RETURN; END IF;

  UPDATE question_support_day t SET supports = t.supports + g.n
  FROM (SELECT day, question_id, sum(n)::int AS n FROM vote_delta_rows(deltas) x GROUP BY 1, 2 HAVING sum(n) < 0) g
  WHERE t.day = g.day AND t.question_id = g.question_id;
  UPDATE question_support_month t SET supports = t.supports + g.n
  FROM (SELECT month, question_id, sum(n)::int AS n FROM vote_delta_rows(deltas) x GROUP BY 1, 2 HAVING sum(n) < 0) g
  WHERE t.month = g.month AND t.question_id = g.question_id;
  UPDATE supporter_day t SET supports = t.supports + g.n
  FROM (SELECT day, user_id, district_id, age_band, participant_type, sum(n)::int AS n FROM vote_delta_rows(deltas) x
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) < 0) g
  WHERE t.day = g.day AND t.user_id = g.user_id AND t.district_id IS NOT DISTINCT FROM g.district_id
    AND t.age_band IS NOT DISTINCT FROM g.age_band AND t.participant_type IS NOT DISTINCT FROM g.participant_type;
  UPDATE supporter_month t SET supports = t.supports + g.n
  FROM (SELECT month, user_id, district_id, age_band, participant_type, sum(n)::int AS n FROM vote_delta_rows(deltas) x
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) < 0) g
  WHERE t.month = g.month AND t.user_id = g.user_id AND t.district_id IS NOT DISTINCT FROM g.district_id
    AND t.age_band IS NOT DISTINCT FROM g.age_band AND t.participant_type IS NOT DISTINCT FROM g.participant_type;

  DELETE FROM question_support_day t USING vote_delta_rows(deltas) g
  WHERE g.n < 0 AND t.day = g.day AND t.question_id = g.question_id AND t.supports = 0;
  DELETE FROM question_support_month t USING vote_delta_rows(deltas) g
  WHERE g.n < 0 AND t.month = g.month AND t.question_id = g.question_id AND t.supports = 0;
  DELETE FROM supporter_day t USING vote_delta_rows(deltas) g
  WHERE g.n < 0 AND t.day = g.day AND t.user_id = g.user_id AND t.supports = 0;
  DELETE FROM supporter_month t USING vote_delta_rows(deltas) g
  WHERE g.n < 0 AND t.month = g.month AND t.user_id = g.user_id AND t.supports = 0;
END $$;

-- A vote's day in Essex: created_at is stored in UTC without a time zone.
CREATE FUNCTION london_day(at TIMESTAMP) RETURNS DATE LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ((at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/London')::date
$$;

CREATE FUNCTION vote_rollups_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas "vote_delta"[];
BEGIN
  -- Only support on questions published now counts (see question_rollups_after_moderation).
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(ROW(london_day(v.created_at), v.question_id, v.user_id, v.district_id, v.age_band,
                         v.participant_type, 1)::"vote_delta")
    INTO deltas FROM new_votes v JOIN question q ON q.id = v.question_id WHERE q.moderation = 'approved';
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(ROW(london_day(v.created_at), v.question_id, v.user_id, v.district_id, v.age_band,
                         v.participant_type, -1)::"vote_delta")
    INTO deltas FROM old_votes v JOIN question q ON q.id = v.question_id WHERE q.moderation = 'approved';
  ELSE
    SELECT array_agg(x) INTO deltas FROM (
      SELECT ROW(london_day(v.created_at), v.question_id, v.user_id, v.district_id, v.age_band,
                 v.participant_type, -1)::"vote_delta" AS x
      FROM old_votes v JOIN question q ON q.id = v.question_id WHERE q.moderation = 'approved'
      UNION ALL
      SELECT ROW(london_day(v.created_at), v.question_id, v.user_id, v.district_id, v.age_band,
                 v.participant_type, 1)::"vote_delta"
      FROM new_votes v JOIN question q ON q.id = v.question_id WHERE q.moderation = 'approved'
    ) s;
  END IF;
  PERFORM apply_vote_deltas(deltas);
  RETURN NULL;
END $$;

CREATE TRIGGER vote_rollups_insert AFTER INSERT ON "vote"
  REFERENCING NEW TABLE AS new_votes FOR EACH STATEMENT EXECUTE FUNCTION vote_rollups_after_change();
CREATE TRIGGER vote_rollups_delete AFTER DELETE ON "vote"
  REFERENCING OLD TABLE AS old_votes FOR EACH STATEMENT EXECUTE FUNCTION vote_rollups_after_change();
CREATE TRIGGER vote_rollups_update AFTER UPDATE ON "vote"
  REFERENCING OLD TABLE AS old_votes NEW TABLE AS new_votes
  FOR EACH STATEMENT EXECUTE FUNCTION vote_rollups_after_change();

-- A question hidden (or otherwise taken out of 'approved') takes its support out of the rollups; restored, it
-- puts it back.
CREATE FUNCTION question_rollups_after_moderation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sign INTEGER;
  deltas "vote_delta"[];
BEGIN
  IF (OLD.moderation = 'approved') = (NEW.moderation = 'approved') THEN RETURN NULL; END IF;
  sign := CASE WHEN NEW.moderation = 'approved' THEN 1 ELSE -1 END;
  SELECT array_agg(ROW(london_day(v.created_at), v.question_id, v.user_id, v.district_id, v.age_band,
                       v.participant_type, sign)::"vote_delta")
  INTO deltas FROM vote v WHERE v.question_id = NEW.id;
  PERFORM apply_vote_deltas(deltas);
  RETURN NULL;
END $$;

CREATE TRIGGER question_rollups_moderation AFTER UPDATE OF "moderation" ON "question"
  FOR EACH ROW EXECUTE FUNCTION question_rollups_after_moderation();

-- The support already given.
SELECT apply_vote_deltas(array_agg(ROW(london_day(v.created_at), v.question_id, v.user_id, v.district_id,
                                       v.age_band, v.participant_type, 1)::"vote_delta"))
FROM vote v JOIN question q ON q.id = v.question_id WHERE q.moderation = 'approved';
