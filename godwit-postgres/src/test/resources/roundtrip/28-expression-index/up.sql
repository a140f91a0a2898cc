
-- 1. create index trip_lower_title_idx on trip [lower(title::text)]
--    hazards: BLOCKS_WRITES
CREATE INDEX trip_lower_title_idx ON trip (lower(title::text));
