
-- 1. create extension citext
CREATE EXTENSION IF NOT EXISTS citext VERSION '1.6';
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';

-- 2. add column traveller.email citext
ALTER TABLE traveller ADD COLUMN email citext;

-- 3. add unique constraint traveller_email_key on traveller [email]
--    hazards: BLOCKS_WRITES
ALTER TABLE traveller ADD CONSTRAINT traveller_email_key UNIQUE (email);
