
-- next migration (outside a transaction):

-- 1. create index trip_agency_covering
DROP INDEX CONCURRENTLY IF EXISTS trip_agency_covering;
CREATE INDEX CONCURRENTLY trip_agency_covering ON trip USING btree (agency_id) INCLUDE (title);

-- 2. create index trip_title_nulls
DROP INDEX CONCURRENTLY IF EXISTS trip_title_nulls;
CREATE INDEX CONCURRENTLY trip_title_nulls ON trip USING btree (title NULLS FIRST) WITH (fillfactor='70');

-- 3. create index trip_title_pattern
DROP INDEX CONCURRENTLY IF EXISTS trip_title_pattern;
CREATE INDEX CONCURRENTLY trip_title_pattern ON trip USING btree (title text_pattern_ops);
