
-- 1. create view trip_titles
CREATE VIEW trip_titles AS
SELECT id,
    title
   FROM trip;
