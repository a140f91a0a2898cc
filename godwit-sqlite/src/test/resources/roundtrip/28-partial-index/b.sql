CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100) NOT NULL, price DECIMAL(10,2));
CREATE INDEX trip_priced_idx ON trip (price) WHERE price IS NOT NULL;
