CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price numeric(10,2));
CREATE INDEX trip_priced_idx ON trip (price) WHERE price IS NOT NULL;
