
-- 1. alter column trip.nights: type character varying(10) -> integer
--    hazards: DATA_LOSS, TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN nights TYPE integer USING nights::integer;
