
-- 1. create index trip_agency_covering
CREATE INDEX trip_agency_covering ON trip USING btree (agency_id) INCLUDE (title);

-- 2. create index trip_title_nulls
CREATE INDEX trip_title_nulls ON trip USING btree (title NULLS FIRST) WITH (fillfactor='70');

-- 3. create index trip_title_pattern
CREATE INDEX trip_title_pattern ON trip USING btree (title text_pattern_ops);
