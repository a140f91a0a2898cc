CREATE TABLE trip (id integer PRIMARY KEY, agency_id integer NOT NULL, title text NOT NULL);
CREATE INDEX trip_title_pattern ON trip (title text_pattern_ops);
CREATE INDEX trip_agency_covering ON trip (agency_id) INCLUDE (title);
CREATE INDEX trip_title_nulls ON trip (title NULLS FIRST) WITH (fillfactor = 70);
