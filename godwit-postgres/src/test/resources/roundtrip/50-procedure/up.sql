
-- 1. create procedure reprice(IN factor numeric)
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE PROCEDURE reprice(IN factor numeric)
 LANGUAGE sql
AS $procedure$ UPDATE trip SET price = (price * factor)::integer $procedure$;
