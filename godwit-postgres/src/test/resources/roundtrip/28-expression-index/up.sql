
-- next migration (outside a transaction):

-- 1. create index trip_lower_title_idx on trip [lower(title::text)]
DROP INDEX CONCURRENTLY IF EXISTS trip_lower_title_idx;
CREATE INDEX CONCURRENTLY trip_lower_title_idx ON trip (lower(title::text));
