CREATE TABLE trip (id integer PRIMARY KEY, title varchar(500) NOT NULL, price numeric(10,2));
