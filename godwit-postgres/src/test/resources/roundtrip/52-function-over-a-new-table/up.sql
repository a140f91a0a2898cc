
-- 1. create table invoice
CREATE TABLE invoice (
    id integer NOT NULL,
    trip_id integer,
    total integer,
    CONSTRAINT invoice_pkey PRIMARY KEY (id)
);

-- 2. create function invoices_of(t integer)
SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION invoices_of(t integer)
 RETURNS SETOF invoice
 LANGUAGE sql
 STABLE
AS $function$ SELECT * FROM invoice WHERE trip_id = t $function$;

-- 3. add foreign key invoice_trip_id_fkey invoice [trip_id] -> trip [id]
ALTER TABLE invoice ADD CONSTRAINT invoice_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES trip (id);
