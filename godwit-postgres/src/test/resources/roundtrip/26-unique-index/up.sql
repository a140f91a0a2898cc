
-- next migration (outside a transaction):

-- 1. create index trip_title_price_idx on trip [title, price DESC]
DROP INDEX CONCURRENTLY IF EXISTS trip_title_price_idx;
CREATE UNIQUE INDEX CONCURRENTLY trip_title_price_idx ON trip (title, price DESC);
