DO $$ BEGIN CREATE ROLE accountant NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE trip (
    id integer PRIMARY KEY,
    title text NOT NULL
);
