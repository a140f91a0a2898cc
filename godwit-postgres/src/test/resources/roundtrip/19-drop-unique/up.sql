
-- 1. drop unique constraint trip_title_key on trip
ALTER TABLE trip DROP CONSTRAINT trip_title_key;
