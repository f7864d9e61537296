-- Hand-written: moderators find people by the start of their public name, a page at a time in name order
-- (lib/suspensions/queries.ts). In the "C" collation one index serves both the prefix match (LIKE 'abc%') and the
-- keyset order, whatever the database's own collation is.
CREATE INDEX "user_display_name_search_idx" ON "user" ((lower("display_name") COLLATE "C"), "id");
