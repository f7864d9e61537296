-- A room question becomes a portal question titled with its words once the event ends
-- (lib/event-console/publication.ts), so it is at least as long as the ask form's shortest title (TITLE_MIN, 10),
-- counted as the title is made: runs of white space as one space, the ends trimmed.
ALTER TABLE "event_question" ADD CONSTRAINT "event_question_text_long_enough_for_a_title"
  CHECK (char_length(btrim(regexp_replace("text", '\s+', ' ', 'g'))) >= 10);
