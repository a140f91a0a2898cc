
-- 1. alter column trip.price: default 99.5
ALTER TABLE trip ALTER COLUMN price DROP DEFAULT;
ALTER TABLE trip ALTER COLUMN price SET DEFAULT 99.5;
