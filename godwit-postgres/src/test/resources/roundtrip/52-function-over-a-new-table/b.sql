CREATE TABLE trip (id integer PRIMARY KEY);
CREATE TABLE invoice (id integer PRIMARY KEY, trip_id integer REFERENCES trip (id), total integer);
CREATE FUNCTION invoices_of(t integer) RETURNS SETOF invoice LANGUAGE sql STABLE AS $$ SELECT * FROM invoice WHERE trip_id = t $$;
