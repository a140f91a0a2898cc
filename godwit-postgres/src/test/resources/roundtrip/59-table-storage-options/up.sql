
-- 1. create table trip_cache
CREATE TABLE trip_cache (
    id integer NOT NULL,
    payload text,
    CONSTRAINT trip_cache_pkey PRIMARY KEY (id)
);

-- 2. create table options trip
ALTER TABLE trip SET (fillfactor=80, autovacuum_enabled=false);
ALTER TABLE trip REPLICA IDENTITY FULL;

-- 3. create table options trip_cache
ALTER TABLE trip_cache SET UNLOGGED;
