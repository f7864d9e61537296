-- Every instance caches the reference data pages read on each request (themes, districts: lib/reference/cache.ts)
-- and drops it when told that it changed. The trigger tells them from inside the writing transaction, whoever
-- writes (a service, the seed, an operator's SQL), so no writer can forget to; Postgres delivers the
-- notification on commit only, and folds repeats within one transaction into one.
CREATE FUNCTION notify_reference_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('reference_data_changed', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER theme_reference_data_changed
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "theme"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_data_changed();

CREATE TRIGGER district_reference_data_changed
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "district"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_data_changed();
