CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price numeric(10,2));
COMMENT ON COLUMN trip.title IS 'Shown on the invoice';
