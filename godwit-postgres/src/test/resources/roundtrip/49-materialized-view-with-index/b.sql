CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price integer NOT NULL DEFAULT 0);
CREATE MATERIALIZED VIEW trip_stats AS SELECT count(*) AS trips, sum(price) AS revenue FROM trip;
CREATE UNIQUE INDEX trip_stats_one ON trip_stats (trips);
