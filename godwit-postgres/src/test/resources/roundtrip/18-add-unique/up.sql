
-- 1. add unique constraint trip_title_key on trip [title]
--    hazards: BLOCKS_WRITES
ALTER TABLE trip ADD CONSTRAINT trip_title_key UNIQUE (title);
