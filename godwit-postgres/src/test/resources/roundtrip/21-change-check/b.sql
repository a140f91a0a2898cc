CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price numeric(10,2), CONSTRAINT trip_price_check CHECK (price > 0 AND price < 100000));
