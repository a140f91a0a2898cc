
-- 1. create default privileges in schema public on sequences to reader
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, USAGE ON SEQUENCES TO reader;

-- 2. create default privileges on functions revoked from PUBLIC
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- 3. create default privileges on tables to reader
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO reader;

-- 4. create table trip
CREATE TABLE trip (
    id integer NOT NULL,
    CONSTRAINT trip_pkey PRIMARY KEY (id)
);

-- 5. create grant function open_to_all() revoked from PUBLIC
REVOKE EXECUTE ON FUNCTION open_to_all() FROM PUBLIC;

-- 6. create grant table trip to reader
GRANT SELECT ON TABLE trip TO reader;
