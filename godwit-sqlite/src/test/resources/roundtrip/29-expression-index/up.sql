
-- 1. create index trip_lower_title_idx on trip [lower(title)]
CREATE INDEX trip_lower_title_idx ON trip (lower(title));
