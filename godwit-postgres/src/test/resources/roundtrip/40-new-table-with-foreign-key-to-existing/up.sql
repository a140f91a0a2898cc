
-- 1. create table invoice
CREATE TABLE invoice (
    id integer NOT NULL,
    trip_id integer NOT NULL,
    CONSTRAINT invoice_pkey PRIMARY KEY (id),
    CONSTRAINT invoice_trip_id_key UNIQUE (trip_id)
);
CREATE INDEX invoice_trip_idx ON invoice (trip_id);

-- 2. add foreign key invoice_trip_id_fkey invoice [trip_id] -> trip [id]
ALTER TABLE invoice ADD CONSTRAINT invoice_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES trip (id);
