
-- 1. drop table trip and all its rows
--    hazards: DATA_LOSS, IRREVERSIBLE
DROP TABLE trip;
