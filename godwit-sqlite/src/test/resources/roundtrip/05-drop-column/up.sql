
-- 1. drop column trip.legacy and its values
--    hazards: DATA_LOSS, IRREVERSIBLE
ALTER TABLE trip DROP COLUMN legacy;
