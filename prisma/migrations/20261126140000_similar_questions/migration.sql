-- Better duplicate suggestions (issue 16, point 3): unaccented and stemmed matching, hyphen and compound
-- variants, and synonym groups for the portal's vocabulary kept as data, all inside PostgreSQL.
-- lib/questions/similar.ts is the one query that ranks suggestions with what this migration defines.

-- unaccent ships with PostgreSQL (contrib) and is offered by the managed services, unlike a thesaurus file
-- in $SHAREDIR, which a managed server does not let us install.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The text every comparison starts from: lower case, accents removed ("café" is "cafe"), and an ampersand
-- between two letters closed up ("A&E" is "ae", "B&Q" is "bq"), which the parser would otherwise split into a
-- stop word and a single letter. IMMUTABLE so the generated search column and the trigram index may use it;
-- the unaccent dictionary is named in full so the result does not depend on the caller's search_path.
CREATE FUNCTION mse_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, input)), '\m(\w)\s*&\s*(\w)\M', '\1\2', 'g');

-- English stemming after unaccent. Hyphenated words are indexed by their parts only ("e-scooters" as "e" and
-- "scooter"), so "e-scooter" and "e scooter" read the same; closed-up compounds ("escooter", "lamppost") are
-- matched through the synonym groups below.
CREATE TEXT SEARCH CONFIGURATION mse_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION mse_english
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH public.unaccent, english_stem;
ALTER TEXT SEARCH CONFIGURATION mse_english DROP MAPPING FOR asciihword, hword;

-- The search column again, with the new configuration (title weight A, details weight B), and its GIN index.
DROP INDEX "question_search_idx";
ALTER TABLE "question" DROP COLUMN "search";
ALTER TABLE "question" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('mse_english', mse_fold(coalesce(title, ''))), 'A')
    || setweight(to_tsvector('mse_english', mse_fold(coalesce(body, ''))), 'B')
) STORED;
CREATE INDEX "question_search_idx" ON "question" USING gin ("search");

-- Titles folded once, when written, so ranking by trigram similarity (pg_trgm) folds nothing per row. The
-- trigram index on the raw title goes: at 100,000 questions a short text shares trigrams with thousands of
-- titles (9,133 index hits and 0.5 s for "bin lorries in Lexden"), so candidates come from the search index.
DROP INDEX "question_title_trgm_idx";
ALTER TABLE "question" ADD COLUMN "title_folded" text GENERATED ALWAYS AS (mse_fold(title)) STORED;

-- Synonym groups: the words people use for one thing ("bin lorries", "refuse collection", "dustcart"). A
-- question that mentions any phrase of a group also matches questions that mention any other phrase of it.
-- Each phrase matches as all of its words, stemmed and unaccented, in any order.
CREATE TABLE "search_synonym" (
  "id" serial PRIMARY KEY,
  "group_name" text NOT NULL,
  "phrase" text NOT NULL,
  "query" tsquery GENERATED ALWAYS AS (plainto_tsquery('mse_english', mse_fold(phrase))) STORED,
  CONSTRAINT "search_synonym_phrase_unique" UNIQUE ("group_name", "phrase"),
  -- A phrase made only of stop words ("the", "and") would match nothing.
  CONSTRAINT "search_synonym_phrase_has_words" CHECK (numnode("query") > 0)
);

INSERT INTO "search_synonym" ("group_name", "phrase")
SELECT g.name, trim(p)
FROM (VALUES
  ('refuse collection', 'refuse collection|bin collection|rubbish collection|waste collection|bin lorry|refuse lorry|refuse truck|rubbish lorry|bin wagon|dustcart|dust cart|bin men|binmen|bin man|dustmen|dustman|refuse collectors|refuse crew|bin crew|bin day'),
  ('street lighting', 'street light|streetlight|street lamp|streetlamp|street lighting|lamp post|lamppost|lighting column|lighting columns|lamp column'),
  ('GP practice', 'GP|GP practice|GP surgery|doctor''s surgery|doctors surgery|doctor|family doctor|health centre|health center|medical centre|medical practice|GP appointment'),
  ('road defects', 'pothole|pot hole|road defect|carriageway defect|road surface|resurfacing|crumbling road|broken road|road repairs'),
  ('e-scooters', 'e-scooter|escooter|electric scooter|scooter hire|rental scooter'),
  ('electric vehicles', 'EV|electric vehicle|electric car|electric cars|plug-in car'),
  ('EV charging', 'EV charger|EV charge point|EV charging|charge point|chargepoint|charging point|charging station|electric vehicle charging|car charger|charging bay'),
  ('broadband', 'broadband|internet|internet connection|fibre|full fibre|fiber|superfast|gigabit|FTTP|connection speed'),
  ('Wi-Fi', 'wifi|wi-fi|wireless internet|hotspot|public wifi'),
  ('mobile signal', 'mobile signal|phone signal|4G|5G|mobile coverage|not spot|mobile mast|phone mast'),
  ('bus stop', 'bus stop|bus shelter|bus stand|bus stops'),
  ('flooding', 'flooding|flood|floods|flooded|surface water|flash flood|waterlogged|standing water'),
  ('drainage', 'drain|drains|drainage|gully|gullies|blocked drain|storm drain'),
  ('fly-tipping', 'fly-tipping|fly tipping|flytipping|fly-tip|illegal dumping|dumped rubbish|dumping rubbish|rubbish dumped'),
  ('council tax', 'council tax|council tax bill|precept|council tax band'),
  ('A&E', 'A&E|accident and emergency|emergency department|casualty|urgent treatment centre|minor injuries unit'),
  ('pavement', 'pavement|footway|footpath|sidewalk|foot path'),
  ('traffic calming', 'speed bump|speed bumps|speed hump|sleeping policeman|traffic calming|road hump|speed table|chicane'),
  ('speeding', 'speeding|speed camera|average speed camera|speed limit|20mph|20 mph|boy racers'),
  ('car park', 'car park|carpark|car parking|parking spaces|multi-storey'),
  ('parking permits', 'parking permit|residents parking|resident permit|permit parking|parking zone'),
  ('pedestrian crossing', 'pedestrian crossing|zebra crossing|pelican crossing|puffin crossing|toucan crossing|crossing point'),
  ('school crossing patrol', 'school crossing patrol|lollipop lady|lollipop man|crossing patrol'),
  ('cycling', 'cycle lane|cycle path|cycleway|cycle route|bike lane|bike path|bicycle lane|cycle track'),
  ('bicycle', 'bicycle|bike|cycle|cycling|cyclist|bikes'),
  ('dog fouling', 'dog fouling|dog poo|dog mess|dog waste|poop bin|dog bin'),
  ('litter', 'litter|rubbish|litter bin|litter picking|trash'),
  ('graffiti', 'graffiti|tagging|spray paint|vandalism'),
  ('underpass', 'underpass|subway|pedestrian tunnel'),
  ('public toilets', 'public toilets|public toilet|toilets|loos|loo|WC|public conveniences|changing places'),
  ('childcare', 'childcare|child care|nursery|nursery places|preschool|pre-school|childminder|early years'),
  ('pushchair', 'pushchair|buggy|pram|stroller'),
  ('wheelchair', 'wheelchair|mobility scooter|disabled access|step-free|step free'),
  ('unpaid carers', 'unpaid carer|family carer|young carer|carers|respite|caring for a relative'),
  ('social care', 'social care|care home|home care|carer visits|domiciliary care|adult social care'),
  ('aircraft noise', 'aircraft noise|plane noise|flight path|flightpath|low flying planes|airport noise|planes|aircraft'),
  ('insulation', 'insulation|loft insulation|cavity wall|draught proofing|draughtproofing|insulate'),
  ('heat pumps', 'heat pump|air source heat pump|ground source heat pump'),
  ('solar panels', 'solar panels|solar panel|solar pv|photovoltaic|solar roof'),
  ('rail', 'train|trains|rail|railway|rail service|c2c|Greater Anglia'),
  ('bus service', 'bus service|bus route|bus timetable|bus times|buses'),
  ('recycling', 'recycling|recycle|recycling bin|recycling centre|household waste recycling centre'),
  ('soft plastics', 'soft plastics|plastic film|plastic bags|carrier bags|crisp packets|cling film'),
  ('general waste', 'general waste|black bin|black bag|residual waste|landfill bin|grey bin'),
  ('food waste', 'food waste|food caddy|food bin|compost'),
  ('garden waste', 'garden waste|green bin|brown bin|green waste'),
  ('library', 'library|libraries|library service|mobile library'),
  ('public transport fares', 'fare|fares|ticket|tickets|bus pass|concessionary pass|season ticket'),
  ('CCTV', 'CCTV|security camera|surveillance camera|camera footage'),
  ('anti-social behaviour', 'anti-social behaviour|antisocial behaviour|ASB|youths causing trouble|nuisance'),
  ('housing', 'affordable housing|social housing|council houses|council homes|housing association'),
  ('air quality', 'air quality|air pollution|pollution|emissions|exhaust fumes|NO2'),
  ('trees', 'trees|tree planting|street trees|hedges|verges|verge'),
  ('play areas', 'playground|play area|play park|green space|recreation ground|open space'),
  ('cafe', 'cafe|café|coffee shop|tea room|kiosk')
) AS g(name, phrases)
CROSS JOIN LATERAL unnest(string_to_array(g.phrases, '|')) AS p;

-- Words so common in questions to the portal that sharing them says nothing ("could", "Essex", "council"):
-- like stop words, they do not count as shared words (trigram similarity still sees them).
CREATE TABLE "search_stop_word" (
  "word" text PRIMARY KEY,
  CONSTRAINT "search_stop_word_is_lower_case" CHECK ("word" = mse_fold("word"))
);
INSERT INTO "search_stop_word" ("word")
SELECT unnest(string_to_array(
  'could|would|can|will|please|essex|council|councils|county|people|residents|resident|local|area|areas|get|getting|need|needs|want|make|made|like|new|use|used|using|help|helps|done|idea|question|why|how|anyone|someone|district|really|also|still|every|many|much|more|less|better|way|ways|lot|lots|now|ever|since|going|go|know|think|see|seen|thing|things',
  '|'));

-- The terms a title is matched by: each synonym group the text mentions (weight 1: a named thing), and each
-- other word it has that is not a stop word (weight 0.5), stemmed and unaccented. Words that belong to a
-- mentioned group's phrase are not counted again on their own. The last word, when nothing follows it, may be
-- still being typed, so it matches as a prefix ("street lig" finds "street lighting").
CREATE FUNCTION similar_question_terms(input text) RETURNS TABLE (term tsquery, weight real)
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
  SELECT string_agg('(' || s.query::text || ')', ' | ')::tsquery, 1::real
  FROM search_synonym s
  WHERE s.group_name IN (SELECT m.group_name FROM mentioned m)
  GROUP BY s.group_name
  UNION ALL
  SELECT (quote_literal(w.lexeme) || CASE WHEN w.lexeme = typed.last_lexeme THEN ':*' ELSE '' END)::tsquery, 0.5::real
  FROM typed, unnest(tsvector_to_array(typed.vector)) AS w(lexeme)
  WHERE length(w.lexeme) > 1
    AND w.lexeme NOT IN (SELECT c.lexeme FROM covered c)
    AND w.lexeme NOT IN (SELECT l.lexeme FROM stop_lexemes l);
END;
-- What finds the candidates in the GIN index on `search`: questions sharing any two of the text's terms
-- (`shared_pair`), and questions sharing one of its synonym groups, or any of its terms when it has only one or
-- two (`shared_one`). A single shared word among many ("early") says little, and at 100,000 questions finds
-- thousands of rows.
CREATE FUNCTION similar_question_candidates(input text) RETURNS TABLE (shared_pair tsquery, shared_one tsquery)
  -- One row, always: ROWS 1 lets the planner join each candidate to its question by primary key.
  LANGUAGE sql STABLE PARALLEL SAFE STRICT ROWS 1
BEGIN ATOMIC
  WITH terms AS (
    SELECT t.term, t.weight, row_number() OVER () AS n FROM similar_question_terms(input) AS t
  )
  SELECT
    (SELECT string_agg('(' || a.term::text || ') & (' || b.term::text || ')', ' | ')::tsquery
     FROM terms a JOIN terms b ON a.n < b.n),
    (SELECT string_agg('(' || t.term::text || ')', ' | ')::tsquery
     FROM terms t WHERE t.weight = 1 OR (SELECT count(*) FROM terms) <= 2);
END;
