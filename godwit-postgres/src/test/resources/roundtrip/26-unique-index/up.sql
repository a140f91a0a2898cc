
-- 1. create index trip_title_price_idx on trip [title, price DESC]
--    hazards: BLOCKS_WRITES
CREATE UNIQUE INDEX trip_title_price_idx ON trip (title, price DESC);
