
-- 1. drop check constraint trip_price_check on trip
ALTER TABLE trip DROP CONSTRAINT trip_price_check;

-- 2. add check constraint trip_price_check on trip
ALTER TABLE trip ADD CONSTRAINT trip_price_check CHECK (price > 0::numeric AND price < 100000::numeric);
