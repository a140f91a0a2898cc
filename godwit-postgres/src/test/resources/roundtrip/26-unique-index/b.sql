CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price numeric(10,2));
CREATE UNIQUE INDEX trip_title_price_idx ON trip (title, price DESC);
