
-- next migration (outside a transaction):

-- 1. create index trip_title_idx on trip [title]
DROP INDEX CONCURRENTLY IF EXISTS trip_title_idx;
CREATE INDEX CONCURRENTLY trip_title_idx ON trip (title);
