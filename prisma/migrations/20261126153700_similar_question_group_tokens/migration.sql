-- Faster duplicate suggestions (issue 16, point 3): synonym groups matched when a question is written, not
-- when it is compared. Each question keeps one token per synonym group it mentions ("syn_refuse_collection"),
-- so a suggestion query looks a group up as ONE lexeme in a GIN index instead of an OR of up to 20 phrases
-- (565 ms in the GIN scan for a long sentence naming several groups). Additive: the search column, its index
-- and the synonym tables of 20261126140000_similar_questions stay as they are.

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

-- The groups a title and details mention, as tokens: weight A when the title mentions the group, B when only
-- the details do (as the search column weighs words).
CREATE FUNCTION question_synonym_groups(title text, body text) RETURNS tsvector
  LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  WITH written AS (
    SELECT to_tsvector('mse_english', mse_fold(coalesce(title, ''))) AS title_vector,
           to_tsvector('mse_english', mse_fold(coalesce(body, ''))) AS body_vector
  ), mentioned AS (
    SELECT search_synonym_token(s.group_name) AS token, bool_or(w.title_vector @@ s.query) AS in_title
    FROM search_synonym s, written w
    WHERE w.title_vector @@ s.query OR w.body_vector @@ s.query
    GROUP BY s.group_name
  )
  SELECT synonym_group_vector(array_agg(token), array_agg(in_title)) FROM mentioned;
END;

ALTER TABLE "question" ADD COLUMN "synonym_groups" tsvector NOT NULL DEFAULT '';

-- Kept by a trigger: a generated column may not read another table.
CREATE FUNCTION question_synonym_groups_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.synonym_groups := question_synonym_groups(NEW.title, NEW.body);
  RETURN NEW;
END;
$$;
CREATE TRIGGER "question_synonym_groups" BEFORE INSERT OR UPDATE OF title, body ON "question"
  FOR EACH ROW EXECUTE FUNCTION question_synonym_groups_trigger();

-- Every question's tokens again, for when the synonym groups change. One index scan per phrase (the GIN index
-- on search) finds the questions that mention it, so at 100,000 questions this takes seconds, not a pass of
-- every phrase over every question.
CREATE FUNCTION refresh_question_synonym_groups() RETURNS void
  LANGUAGE sql VOLATILE
BEGIN ATOMIC
  WITH hits AS (
    SELECT q.id, search_synonym_token(s.group_name) AS token, bool_or(ts_filter(q.search, '{a}') @@ s.query) AS in_title
    FROM search_synonym s JOIN question q ON q.search @@ s.query
    GROUP BY q.id, s.group_name
  ), tokens AS (
    SELECT h.id,
           synonym_group_vector(array_agg(h.token), array_agg(h.in_title)) AS synonym_groups
    FROM hits h GROUP BY h.id
  )
  UPDATE question q SET synonym_groups = coalesce(t.synonym_groups, ''::tsvector)
  FROM question q2 LEFT JOIN tokens t ON t.id = q2.id
  WHERE q.id = q2.id AND q.synonym_groups IS DISTINCT FROM coalesce(t.synonym_groups, ''::tsvector);
END;

CREATE FUNCTION search_synonym_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_question_synonym_groups();
  RETURN NULL;
END;
$$;
CREATE TRIGGER "search_synonym_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "search_synonym"
  FOR EACH STATEMENT EXECUTE FUNCTION search_synonym_changed();

SELECT refresh_question_synonym_groups();

-- Words and group tokens in one GIN index, so a pair of terms (a word and a group) is one index condition.
CREATE INDEX "question_similar_terms_idx" ON "question" USING gin (("search" || "synonym_groups"));

-- The terms a text is matched by, as before, except that a synonym group is its token.
CREATE OR REPLACE FUNCTION similar_question_terms(input text) RETURNS TABLE (term tsquery, weight real)
  LANGUAGE sql STABLE PARALLEL SAFE STRICT ROWS 8
BEGIN ATOMIC
  WITH typed AS (
    SELECT to_tsvector('mse_english', mse_fold(input)) AS vector,
           (tsvector_to_array(to_tsvector('mse_english', substring(mse_fold(input) FROM '([[:alnum:]]+)$'))))[1] AS last_lexeme
  ), mentioned AS (
    SELECT s.group_name, s.query FROM search_synonym s, typed WHERE typed.vector @@ s.query
  ), covered AS (
    SELECT DISTINCT (regexp_matches(m.query::text, '''((?:[^'']|'''')+)''', 'g'))[1] AS lexeme FROM mentioned m
  ), stop_lexemes AS (
    SELECT unnest(tsvector_to_array(to_tsvector('mse_english', w.word))) AS lexeme FROM search_stop_word w
  )
  SELECT quote_literal(search_synonym_token(m.group_name))::tsquery, 1::real
  FROM mentioned m
  GROUP BY m.group_name
  UNION ALL
  SELECT (quote_literal(w.lexeme) || CASE WHEN w.lexeme = typed.last_lexeme THEN ':*' ELSE '' END)::tsquery, 0.5::real
  FROM typed, unnest(tsvector_to_array(typed.vector)) AS w(lexeme)
  WHERE length(w.lexeme) > 1
    AND w.lexeme NOT IN (SELECT c.lexeme FROM covered c)
    AND w.lexeme NOT IN (SELECT l.lexeme FROM stop_lexemes l);
END;

-- Candidates as before, except that one shared synonym group finds candidates on its own only for a short
-- text (three terms or fewer), and pairs are not looked for when shared_one already finds every term: in a longer one the group is paired with the text's other terms, and a common
-- group alone ("GP practice") matches over 10,000 questions at 100,000, every one read to pick the most supported.
CREATE OR REPLACE FUNCTION similar_question_candidates(input text) RETURNS TABLE (shared_pair tsquery, shared_one tsquery)
  LANGUAGE sql STABLE PARALLEL SAFE STRICT ROWS 1
BEGIN ATOMIC
  WITH terms AS (
    SELECT t.term, t.weight, row_number() OVER () AS n FROM similar_question_terms(input) AS t
  )
  SELECT
    -- With two terms, any question sharing both also shares one, which shared_one finds: none here.
    (SELECT string_agg('(' || a.term::text || ') & (' || b.term::text || ')', ' | ')::tsquery
     FROM terms a JOIN terms b ON a.n < b.n
     WHERE (SELECT count(*) FROM terms) > 2),
    (SELECT string_agg('(' || t.term::text || ')', ' | ')::tsquery
     FROM terms t
     WHERE (t.weight = 1 AND (SELECT count(*) FROM terms) <= 3) OR (SELECT count(*) FROM terms) <= 2);
END;
