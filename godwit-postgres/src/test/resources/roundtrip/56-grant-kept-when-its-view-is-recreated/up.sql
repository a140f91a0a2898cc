
-- 1. drop view trip_titles
DROP VIEW trip_titles;

-- 2. create view trip_titles
CREATE VIEW trip_titles AS
SELECT id,
    upper(title) AS title
   FROM trip;

-- 3. create grant table trip_titles to odyssee_reader
GRANT SELECT ON TABLE trip_titles TO odyssee_reader;
