-- Faster duplicate suggestions (issue 16, point 3): synonym groups matched when a question is written, not
-- when it is compared. Each question keeps its search words and one token per synonym group it mentions
-- ("syn_refuse_collection") in `similar_terms`, so a suggestion query looks a group up as ONE lexeme in a GIN
-- index instead of an OR of up to 20 phrases (565 ms in the GIN scan for a long sentence naming several
-- groups). Additive: the search column, its index and the synonym tables of 20261126140000_similar_questions
-- stay as they are.

-- A group's token: its name folded, with "_" between words. The parser never makes a lexeme with "_" in it,
-- so a token cannot be mistaken for a word of a question.
CREATE FUNCTION search_synonym_token(group_name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN 'syn_' || trim(BOTH '_' FROM regexp_replace(mse_fold(group_name), '[^a-z0-9]+', '_', 'g'));

-- Tokens as a tsvector, each at position 1 with weight A (in the title) or B (only in the details): a weight
-- is kept on a position, so a lexeme without one could not be told apart by ts_filter().
CREATE FUNCTION synonym_group_vector(tokens text[], in_title boolean[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN coalesce((
    SELECT string_agg(quote_literal(t.token) || ':1' || CASE WHEN t.in_title THEN 'A' ELSE 'B' END, ' ')::tsvector
    FROM unnest(tokens, in_title) AS t(token, in_title)
  ), ''::tsvector);

-- What is known of each phrase, kept when it is written: its group's token, its lexemes (the words of a
-- mentioned phrase are not counted again on their own) and one of them as a key. A phrase matches only a text
-- that has all of its lexemes, so the phrases a text may mention are found from the text's own lexemes
-- through the key's index and only those few are tested, not all ~480 on every question written or compared.
ALTER TABLE "search_synonym"
  ADD COLUMN "token" text GENERATED ALWAYS AS (search_synonym_token(group_name)) STORED,
  ADD COLUMN "lexemes" text[] GENERATED ALWAYS AS (tsvector_to_array(to_tsvector('mse_english', mse_fold(phrase)))) STORED,
  ADD COLUMN "key_lexeme" text GENERATED ALWAYS AS ((tsvector_to_array(to_tsvector('mse_english', mse_fold(phrase))))[1]) STORED;
CREATE INDEX "search_synonym_key_lexeme_idx" ON "search_synonym" ("key_lexeme");

-- A stop word's lexeme, kept so a comparison does not stem the whole list again.
ALTER TABLE "search_stop_word"
  ADD COLUMN "lexeme" text GENERATED ALWAYS AS ((tsvector_to_array(to_tsvector('mse_english', word)))[1]) STORED;
CREATE INDEX "search_stop_word_lexeme_idx" ON "search_stop_word" ("lexeme");

-- The synonym groups a text mentions, as a tsvector of tokens: weight A when `title_vector` mentions the group,
-- B when only `body_vector` does (as the search column weighs words).
CREATE FUNCTION mentioned_synonym_groups(title_vector tsvector, body_vector tsvector) RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN (
    SELECT synonym_group_vector(array_agg(m.token), array_agg(m.in_title))
    FROM (
      SELECT s.token, bool_or(title_vector @@ s.query) AS in_title
      FROM search_synonym s
      WHERE s.key_lexeme = ANY (tsvector_to_array(title_vector || body_vector))
        AND (title_vector @@ s.query OR body_vector @@ s.query)
      GROUP BY s.token
    ) m
  );

-- The words and synonym groups a question is matched by for suggestions: its search vector (title A, details
-- B) and a token per synonym group it mentions. Kept by a trigger, since a generated column may not read another
-- table; computed from the title and details directly, because generated columns (search among them) are only
-- filled after BEFORE triggers run.
ALTER TABLE "question" ADD COLUMN "similar_terms" tsvector NOT NULL DEFAULT '';

CREATE FUNCTION question_similar_terms_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  title_vector tsvector := to_tsvector('mse_english', mse_fold(coalesce(NEW.title, '')));
  body_vector tsvector := to_tsvector('mse_english', mse_fold(coalesce(NEW.body, '')));
BEGIN
  NEW.similar_terms := setweight(title_vector, 'A') || setweight(body_vector, 'B')
    || mentioned_synonym_groups(title_vector, body_vector);
  RETURN NEW;
END;
$$;
CREATE TRIGGER "question_similar_terms" BEFORE INSERT OR UPDATE OF title, body ON "question"
  FOR EACH ROW EXECUTE FUNCTION question_similar_terms_trigger();

-- Every question's terms again, for when the synonym groups change. One index scan per phrase (the GIN index
-- on search) finds the questions that mention it, so at 100,000 questions this takes seconds, not a pass of
-- every phrase over every question; only the questions whose terms change are written.
CREATE FUNCTION refresh_question_similar_terms() RETURNS void
  LANGUAGE sql VOLATILE
BEGIN ATOMIC
  WITH hits AS (
    SELECT q.id, s.token, bool_or(ts_filter(q.search, '{a}') @@ s.query) AS in_title
    FROM search_synonym s JOIN question q ON q.search @@ s.query
    GROUP BY q.id, s.token
  ), groups AS (
    SELECT h.id, synonym_group_vector(array_agg(h.token), array_agg(h.in_title)) AS tokens
    FROM hits h GROUP BY h.id
  )
  UPDATE question q SET similar_terms = q.search || coalesce(g.tokens, ''::tsvector)
  FROM question q2 LEFT JOIN groups g ON g.id = q2.id
  WHERE q.id = q2.id AND q.similar_terms IS DISTINCT FROM q.search || coalesce(g.tokens, ''::tsvector);
END;

CREATE FUNCTION search_synonym_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_question_similar_terms();
  RETURN NULL;
END;
$$;
CREATE TRIGGER "search_synonym_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "search_synonym"
  FOR EACH STATEMENT EXECUTE FUNCTION search_synonym_changed();

SELECT refresh_question_similar_terms();

CREATE INDEX "question_similar_terms_idx" ON "question" USING gin ("similar_terms");

-- The terms a text is matched by, as in 20261126140000_similar_questions, except that a synonym group is its
-- token, the phrases and stop words are read through their kept lexemes, and each term comes with the share of
-- questions that have it, as PostgreSQL's own statistics of similar_terms tell it (kept by ANALYZE:
-- most_common_elems; 0 for a term too rare to be listed there).
DROP FUNCTION similar_question_candidates(text);
DROP FUNCTION similar_question_terms(text);
CREATE FUNCTION similar_question_terms(input text) RETURNS TABLE (term tsquery, weight real, share real)
  LANGUAGE sql STABLE PARALLEL SAFE STRICT ROWS 8
BEGIN ATOMIC
  WITH typed AS (
    SELECT to_tsvector('mse_english', mse_fold(input)) AS vector,
           (tsvector_to_array(to_tsvector('mse_english', substring(mse_fold(input) FROM '([[:alnum:]]+)$'))))[1] AS last_lexeme
  ), words AS (
    SELECT unnest(tsvector_to_array(typed.vector)) AS lexeme FROM typed
  ), mentioned AS (
    SELECT s.token, s.lexemes FROM search_synonym s, typed
    WHERE s.key_lexeme IN (SELECT w.lexeme FROM words w) AND typed.vector @@ s.query
  ), known AS (
    -- The frequencies array ends with three figures of its own (minimum, maximum, nulls), paired with no lexeme.
    SELECT e.lexeme, e.share
    FROM pg_stats st
    CROSS JOIN LATERAL unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS e(lexeme, share)
    WHERE st.schemaname = current_schema() AND st.tablename = 'question' AND st.attname = 'similar_terms'
      AND e.lexeme IS NOT NULL
  ), terms AS (
    SELECT m.token AS lexeme, false AS prefix, quote_literal(m.token)::tsquery AS term, 1::real AS weight
    FROM mentioned m
    GROUP BY m.token
    UNION ALL
    SELECT w.lexeme, w.lexeme = typed.last_lexeme,
           (quote_literal(w.lexeme) || CASE WHEN w.lexeme = typed.last_lexeme THEN ':*' ELSE '' END)::tsquery,
           0.5::real
    FROM typed, words w
    WHERE length(w.lexeme) > 1
      AND NOT EXISTS (SELECT 1 FROM mentioned m WHERE w.lexeme = ANY (m.lexemes))
      AND NOT EXISTS (SELECT 1 FROM search_stop_word s WHERE s.lexeme = w.lexeme)
  )
  -- A prefix is as common as the known lexemes it begins put together.
  SELECT t.term, t.weight,
         least(coalesce((SELECT sum(k.share) FROM known k
                         WHERE k.lexeme = t.lexeme OR (t.prefix AND starts_with(k.lexeme, t.lexeme))), 0), 1)::real
  FROM terms t;
END;

-- What finds the candidates, from the terms similar_question_terms() gave (so a text is analysed once), for a text
-- of more than two terms: questions sharing any two of them; for a text of three terms or fewer: questions
-- sharing one of its synonym groups, or any of its terms when it has only one or two (with two, any question
-- sharing both also shares one). In a longer text a group is paired with the other terms instead: a common group
-- alone ("GP practice") matches over 10,000 questions at 100,000.
-- Each is looked for where it is cheapest, going by the expected number of questions that match it (the share
-- of questions, for a pair the product of the two shares, times the questions):
-- - up to √(50 × questions) (2,236 of 100,000), in the GIN index, which reads every match: `shared_one` for
--   single terms, `shared_pair` for pairs (a pair rarely expects that many);
-- - past that, `shared_common`, which lib/questions/similar.ts looks for among the most supported questions in
--   order of support: a term that common has its 50 most supported among the first 2,300 or so, sooner than
--   reading the thousands that have it.
-- - Pairs are also sent there past 300 expected matches ("near" with "months"), so that the pairs of a long
--   text read no more than a few thousand questions in all.
-- `questions` is how many questions there are (pg_class.reltuples, as the statistics were taken).
CREATE FUNCTION similar_question_candidates(terms tsquery[], weights real[], shares real[], questions real)
  RETURNS TABLE (shared_pair tsquery, shared_one tsquery, shared_common tsquery)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 1
BEGIN ATOMIC
  WITH total AS (
    SELECT greatest(questions, 1) AS questions
  ), t AS (
    SELECT u.term, u.weight, u.share, u.n FROM unnest(terms, weights, shares) WITH ORDINALITY AS u(term, weight, share, n)
  ), size AS (
    SELECT count(*) AS terms FROM t
  ), single AS (
    SELECT '(' || t.term::text || ')' AS term, t.share * total.questions > sqrt(50 * total.questions) AS common
    FROM t, size, total
    WHERE (t.weight = 1 AND size.terms <= 3) OR size.terms <= 2
  ), pair AS (
    SELECT '(' || a.term::text || ') & (' || b.term::text || ')' AS term,
           a.share * b.share * total.questions > 300 AS common
    FROM t a JOIN t b ON a.n < b.n, size, total
    WHERE size.terms > 2
  )
  SELECT
    (SELECT string_agg(pair.term, ' | ')::tsquery FROM pair WHERE NOT pair.common),
    (SELECT string_agg(single.term, ' | ')::tsquery FROM single WHERE NOT single.common),
    (SELECT string_agg(common.term, ' | ')::tsquery
     FROM (SELECT single.term FROM single WHERE single.common UNION ALL SELECT pair.term FROM pair WHERE pair.common) common);
END;
