CREATE TABLE trip (id integer PRIMARY KEY, agency_id integer NOT NULL, title text NOT NULL);
ALTER TABLE trip SET (fillfactor = 80, autovacuum_enabled = false);
ALTER TABLE trip REPLICA IDENTITY FULL;
CREATE UNLOGGED TABLE trip_cache (id integer PRIMARY KEY, payload text);
