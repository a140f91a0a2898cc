
-- 1. drop view trip_prices
DROP VIEW trip_prices;

-- 2. drop function with_tax(amount integer)
DROP FUNCTION with_tax(amount integer);

-- 3. create function with_tax(amount integer)
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION with_tax(amount integer)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT amount * 1.2 $function$;

-- 4. create view trip_prices
CREATE VIEW trip_prices AS
SELECT id,
    with_tax(price) AS price
   FROM trip;
