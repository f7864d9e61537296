// What "similar" means for questions: the one ranking behind the ask page's "support this instead", the
// moderation queue's "looks like" link and the merge page's candidates.
//
// Candidates are found in the GIN index on `similar_terms` (question_similar_terms_idx): the PAIR_CANDIDATES
// most supported questions sharing any two of the text's terms, and for a text of three terms or fewer the
// ONE_TERM_CANDIDATES most supported sharing one of its synonym groups (or any of its terms when it has only one
// or two), as similar_question_candidates() builds them. A term or pair that many questions are expected to have
// (going by PostgreSQL's statistics of similar_terms) is looked for instead among the COMMON_READ most supported
// questions, read in order of support, which finds its most supported sooner than reading every match. A term is a synonym group the text mentions ("bin
// lorries" also finds "refuse collection", "dustcart") or another word, stemmed and unaccented, the last one as a
// prefix while it may still be being typed. A question's `similar_terms` are its search words and a token per
// synonym group it mentions, kept by a trigger, so a group is one lexeme here. Terms, synonym groups and stop
// words come from similar_question_terms() and the search_synonym and search_stop_word tables (migrations
// 20261126140000_similar_questions and 20261126172000_similar_question_group_tokens).
//
// Score = Σ over shared terms of weight (1 for a synonym group, 0.5 for a word) × (1 in the title, 0.5 in the
// details only) + trigram similarity of the folded titles (pg_trgm) + half the word similarity of the text to
// the title. Candidates scoring under MIN_SCORE are not suggested; equal scores go to the most supported.
// Trigram similarity ranks, but does not find: at 100,000 questions a short text shares trigrams with
// thousands of titles, too many to check within the ask page's budget.
import { Prisma } from "@/lib/generated/prisma/client";
import { publishedQuestionSql } from "./visibility";

/**
 * Below this, a question is not suggested: one shared word in the title (0.5) with a loosely similar title is
 * not enough, a shared synonym group in the title (1) is; chosen on tests/integration/similar-questions.test.ts.
 */
export const MIN_SCORE = 0.8;

const PAIR_CANDIDATES = 100;
const ONE_TERM_CANDIDATES = 50;
/**
 * How many of the most supported questions are read, in order of support, for a common term or pair: one found
 * in 2.2% of questions or more has its ONE_TERM_CANDIDATES most supported among the first 2,300 or so.
 */
const COMMON_READ = 3000;

/**
 * Published, unmerged questions most like `text` (an SQL expression: a parameter, or a column of an outer
 * query when used in a LATERAL join), best first, as rows (id, title, support_count, score).
 * `excludeId` leaves one question out (the one being compared).
 */
export function similarQuestionsSql(text: Prisma.Sql, limit: number, excludeId?: Prisma.Sql): Prisma.Sql {
  const candidate = Prisma.sql`${publishedQuestionSql("c")} AND c.status <> 'merged'${
    excludeId ? Prisma.sql` AND c.id <> ${excludeId}` : Prisma.empty
  }`;
  return Prisma.sql`
    SELECT scored.id, scored.title, scored.support_count, scored.score
    FROM (
      SELECT q.id, q.title, q.support_count,
             similarity(q.title_folded, typed.folded)
               + 0.5 * word_similarity(typed.folded, q.title_folded)
               + coalesce((
                   SELECT sum(t.weight * CASE WHEN ts_filter(q.similar_terms, '{a}') @@ t.term THEN 1 ELSE 0.5 END)
                   FROM unnest(typed.terms, typed.weights) AS t(term, weight)
                   WHERE q.similar_terms @@ t.term
                 ), 0) AS score
      FROM (
        SELECT mse_fold(${text}) AS folded, array_agg(term) AS terms, array_agg(weight) AS weights,
               array_agg(share) AS shares,
               (SELECT c.reltuples FROM pg_class c WHERE c.oid = 'question'::regclass) AS questions
        FROM similar_question_terms(${text})
      ) typed
      CROSS JOIN LATERAL similar_question_candidates(typed.terms, typed.weights, typed.shares, typed.questions) wanted
      CROSS JOIN LATERAL (
        (SELECT c.id FROM question c
         WHERE ${candidate} AND c.similar_terms @@ wanted.shared_pair
         ORDER BY c.support_count DESC LIMIT ${PAIR_CANDIDATES})
        UNION
        (SELECT c.id FROM question c
         WHERE ${candidate} AND c.similar_terms @@ wanted.shared_one
         ORDER BY c.support_count DESC LIMIT ${ONE_TERM_CANDIDATES})
        UNION
        (SELECT c.id FROM (
           SELECT c.id, c.similar_terms, c.support_count FROM question c
           WHERE wanted.shared_common IS NOT NULL AND ${candidate}
           ORDER BY c.support_count DESC LIMIT ${COMMON_READ}
         ) c
         WHERE c.similar_terms @@ wanted.shared_common
         ORDER BY c.support_count DESC LIMIT ${ONE_TERM_CANDIDATES})
      ) found
      JOIN question q ON q.id = found.id
      -- OFFSET 0 keeps this a subquery, so each candidate's score is computed once, not again for the sort.
      OFFSET 0
    ) scored
    WHERE scored.score >= ${MIN_SCORE}
    ORDER BY scored.score DESC, scored.support_count DESC, scored.id
    LIMIT ${limit}`;
}
