
-- 1. create index trip_priced_idx on trip [price]
CREATE INDEX trip_priced_idx ON trip (price) WHERE price IS NOT NULL;
