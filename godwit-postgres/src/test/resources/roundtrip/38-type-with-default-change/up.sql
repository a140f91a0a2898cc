
-- 1. alter column trip.nights: type character varying(10) -> integer, default 2
--    hazards: DATA_LOSS, TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN nights DROP DEFAULT;
ALTER TABLE trip ALTER COLUMN nights TYPE integer USING nights::integer;
ALTER TABLE trip ALTER COLUMN nights SET DEFAULT 2;
