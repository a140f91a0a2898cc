
-- 1. alter column trip.price: default 0
ALTER TABLE trip ALTER COLUMN price SET DEFAULT 0;
