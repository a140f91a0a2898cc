
-- 1. create function touch_updated_at()
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION touch_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$function$;

-- 2. create trigger trip_touch on trip
CREATE TRIGGER trip_touch BEFORE UPDATE ON trip FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
