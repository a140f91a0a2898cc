CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price numeric(10,2));
CREATE TABLE invoice (id integer PRIMARY KEY, trip_id integer NOT NULL REFERENCES trip (id), CONSTRAINT invoice_trip_id_key UNIQUE (trip_id));
CREATE INDEX invoice_trip_idx ON invoice (trip_id);
