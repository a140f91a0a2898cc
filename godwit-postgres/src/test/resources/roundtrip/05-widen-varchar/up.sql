
-- 1. alter column trip.title: type character varying(100) -> character varying(500)
ALTER TABLE trip ALTER COLUMN title TYPE character varying(500);
