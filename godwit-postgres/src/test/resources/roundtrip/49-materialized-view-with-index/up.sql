
-- 1. create materialized view trip_stats
CREATE MATERIALIZED VIEW trip_stats AS
SELECT count(*) AS trips,
    sum(price) AS revenue
   FROM trip;
CREATE UNIQUE INDEX trip_stats_one ON trip_stats USING btree (trips);
