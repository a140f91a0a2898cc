
-- 1. drop view trip_titles
DROP VIEW trip_titles;

-- 2. alter column trip.title: type character varying(100) -> character varying(200)
ALTER TABLE trip ALTER COLUMN title TYPE character varying(200);

-- 3. create view trip_titles
CREATE VIEW trip_titles AS
SELECT id,
    title
   FROM trip;
