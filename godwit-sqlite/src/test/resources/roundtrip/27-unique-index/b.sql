CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100) NOT NULL, price DECIMAL(10,2));
CREATE UNIQUE INDEX trip_title_price_idx ON trip (title, price DESC);
