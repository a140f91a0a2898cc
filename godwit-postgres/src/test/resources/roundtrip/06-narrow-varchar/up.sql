
-- 1. alter column trip.title: type character varying(500) -> character varying(100)
--    hazards: DATA_LOSS, TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN title TYPE character varying(100);
