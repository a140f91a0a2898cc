CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100), price DECIMAL(10,2));
CREATE INDEX trip_title_idx ON trip (title);
