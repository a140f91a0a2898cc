
-- 1. alter column trip.price: drop default
ALTER TABLE trip ALTER COLUMN price DROP DEFAULT;
