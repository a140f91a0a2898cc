
-- 1. alter column trip.price: set NOT NULL
ALTER TABLE trip ADD CONSTRAINT trip_price_not_null CHECK (price IS NOT NULL) NOT VALID;

-- next migration (a transaction of its own):

-- 1. alter column trip.price: set NOT NULL
ALTER TABLE trip VALIDATE CONSTRAINT trip_price_not_null;
ALTER TABLE trip ALTER COLUMN price SET NOT NULL;
ALTER TABLE trip DROP CONSTRAINT trip_price_not_null;
