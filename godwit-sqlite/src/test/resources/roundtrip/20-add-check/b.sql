CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100) NOT NULL, price DECIMAL(10,2), CONSTRAINT trip_price_check CHECK (price >= 0));
