
-- 1. alter column trip.price: set NOT NULL
--    hazards: BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN price SET NOT NULL;
