
-- 1. create schema texts
CREATE SCHEMA texts;

-- 2. create collation bytes
CREATE COLLATION bytes (provider = libc, lc_collate = 'C', lc_ctype = 'C');
COMMENT ON COLLATION bytes IS 'byte order';

-- 3. create collation texts.posix_order
CREATE COLLATION texts.posix_order (provider = libc, lc_collate = 'POSIX', lc_ctype = 'POSIX');

-- 4. add column trip.code text COLLATE texts.posix_order
ALTER TABLE trip ADD COLUMN code text COLLATE texts.posix_order;

-- 5. alter column trip.title: type text -> text COLLATE bytes
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN title TYPE text COLLATE bytes;
