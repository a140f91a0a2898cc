
-- 1. create schema reporting
CREATE SCHEMA reporting;
COMMENT ON SCHEMA reporting IS 'read by the accountants';

-- 2. create enum type reporting.period [month, quarter]
CREATE TYPE reporting.period AS ENUM ('month', 'quarter');

-- 3. create sequence reporting.batch_no
CREATE SEQUENCE reporting.batch_no START WITH 1 INCREMENT BY 1;

-- 4. create function reporting.rounded(value numeric)
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION reporting.rounded(value numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT round(value) $function$;

-- 5. create table reporting.trip_total
CREATE TABLE reporting.trip_total (
    trip_id integer NOT NULL,
    period reporting.period DEFAULT 'month'::reporting.period NOT NULL,
    amount numeric(10,2) NOT NULL,
    computed_at timestamp with time zone,
    CONSTRAINT trip_total_pkey PRIMARY KEY (trip_id)
);
CREATE INDEX trip_total_period ON reporting.trip_total (period);

-- 6. add foreign key trip_total_trip_id_fkey reporting.trip_total [trip_id] -> trip [id]
ALTER TABLE reporting.trip_total ADD CONSTRAINT trip_total_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES trip (id) ON DELETE CASCADE;

-- 7. create view reporting.trip_amounts
CREATE VIEW reporting.trip_amounts AS
SELECT t.id,
    t.title,
    reporting.rounded(tt.amount) AS amount
   FROM trip t
     JOIN reporting.trip_total tt ON tt.trip_id = t.id;

-- 8. create view trip_periods
CREATE VIEW trip_periods AS
SELECT trip_id,
    period
   FROM reporting.trip_total;

-- 9. create grant schema reporting to accountant
GRANT USAGE ON SCHEMA reporting TO accountant;

-- 10. create grant table reporting.trip_amounts to accountant
GRANT SELECT ON TABLE reporting.trip_amounts TO accountant;
