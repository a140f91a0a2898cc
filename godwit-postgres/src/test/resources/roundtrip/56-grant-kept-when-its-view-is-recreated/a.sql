DO $$ BEGIN CREATE ROLE odyssee_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE trip (id integer PRIMARY KEY, agency_id integer NOT NULL, title text NOT NULL);
CREATE VIEW trip_titles AS SELECT id, title FROM trip;
GRANT SELECT ON trip_titles TO odyssee_reader;
