CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price numeric(10,2), price_with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED);
