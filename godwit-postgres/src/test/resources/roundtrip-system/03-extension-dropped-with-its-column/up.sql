
-- 1. drop column traveller.email and its values
--    hazards: DATA_LOSS, IRREVERSIBLE
ALTER TABLE traveller DROP COLUMN email;

-- 2. drop extension citext
DROP EXTENSION citext;
