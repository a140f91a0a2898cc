
-- 1. drop index trip_title_idx on trip
DROP INDEX trip_title_idx;
