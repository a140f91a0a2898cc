CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100), price numeric(10,2));
