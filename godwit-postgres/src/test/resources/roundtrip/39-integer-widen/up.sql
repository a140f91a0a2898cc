
-- 1. alter column trip.id: type integer -> bigint
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN id TYPE bigint USING id::bigint;
