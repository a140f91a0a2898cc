CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price integer NOT NULL DEFAULT 0);
CREATE FUNCTION with_tax(amount integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 120 / 100 $$;
CREATE VIEW trip_prices AS SELECT id, with_tax(price) AS price FROM trip;
