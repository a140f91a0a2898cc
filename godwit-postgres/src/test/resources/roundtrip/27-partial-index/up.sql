
-- next migration (outside a transaction):

-- 1. create index trip_priced_idx on trip [price]
DROP INDEX CONCURRENTLY IF EXISTS trip_priced_idx;
CREATE INDEX CONCURRENTLY trip_priced_idx ON trip (price) WHERE price IS NOT NULL;
