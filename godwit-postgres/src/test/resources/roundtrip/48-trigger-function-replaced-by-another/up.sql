
-- 1. drop trigger trip_touch on trip
DROP TRIGGER trip_touch ON trip;

-- 2. drop function stamp()
DROP FUNCTION stamp();

-- 3. create function touch_updated_at()
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION touch_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $function$;

-- 4. create trigger trip_touch on trip
CREATE TRIGGER trip_touch BEFORE UPDATE ON trip FOR EACH ROW WHEN (old.* IS DISTINCT FROM new.*) EXECUTE FUNCTION touch_updated_at();
