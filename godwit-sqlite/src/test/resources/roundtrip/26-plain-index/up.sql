
-- 1. create index trip_title_idx on trip [title]
CREATE INDEX trip_title_idx ON trip (title);
