
-- 1. create index trip_title_idx on trip [title]
--    hazards: BLOCKS_WRITES
CREATE INDEX trip_title_idx ON trip (title);
