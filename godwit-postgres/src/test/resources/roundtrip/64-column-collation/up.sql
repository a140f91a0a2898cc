
-- 1. alter column traveller.name: type text -> text COLLATE "C"
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE traveller ALTER COLUMN name TYPE text COLLATE "C";

-- 2. alter column traveller.code: type character varying(10) -> character varying(20) COLLATE "POSIX"
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE traveller ALTER COLUMN code TYPE character varying(20) COLLATE "POSIX";
