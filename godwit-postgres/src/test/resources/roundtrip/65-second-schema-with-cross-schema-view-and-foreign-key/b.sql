CREATE TABLE trip (
    id integer PRIMARY KEY,
    title text NOT NULL
);
CREATE SCHEMA reporting;
COMMENT ON SCHEMA reporting IS 'read by the accountants';
CREATE TYPE reporting.period AS ENUM ('month', 'quarter');
CREATE TABLE reporting.trip_total (
    trip_id integer PRIMARY KEY REFERENCES trip (id) ON DELETE CASCADE,
    period reporting.period NOT NULL DEFAULT 'month',
    amount numeric(10, 2) NOT NULL,
    computed_at timestamptz
);
CREATE INDEX trip_total_period ON reporting.trip_total (period);
CREATE SEQUENCE reporting.batch_no;
CREATE FUNCTION reporting.rounded(value numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(value) $$;
CREATE VIEW reporting.trip_amounts AS
    SELECT t.id, t.title, reporting.rounded(tt.amount) AS amount
    FROM trip t JOIN reporting.trip_total tt ON tt.trip_id = t.id;
CREATE VIEW trip_periods AS SELECT trip_id, period FROM reporting.trip_total;
DO $$ BEGIN CREATE ROLE accountant NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT USAGE ON SCHEMA reporting TO accountant;
GRANT SELECT ON reporting.trip_amounts TO accountant;
