CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100) NOT NULL, price DECIMAL(10,2), legacy TEXT);
CREATE INDEX trip_legacy_idx ON trip (legacy);
