
-- 1. drop table line and all its rows
--    hazards: DATA_LOSS, IRREVERSIBLE
DROP TABLE line;

-- 2. drop table invoice and all its rows
--    hazards: DATA_LOSS, IRREVERSIBLE
DROP TABLE invoice;

-- 3. drop table trip and all its rows
--    hazards: DATA_LOSS, IRREVERSIBLE
DROP TABLE trip;
