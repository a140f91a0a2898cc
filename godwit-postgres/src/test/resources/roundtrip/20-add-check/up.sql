
-- 1. add check constraint trip_price_check on trip
ALTER TABLE trip ADD CONSTRAINT trip_price_check CHECK (price >= 0::numeric);
