
-- 1. replace the body of function with_tax(amount integer)
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION with_tax(amount integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT amount * 121 / 100 $function$;
