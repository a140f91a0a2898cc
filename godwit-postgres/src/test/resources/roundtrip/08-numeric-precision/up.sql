
-- 1. alter column trip.price: type numeric(10,2) -> numeric(12,3)
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN price TYPE numeric(12,3);
