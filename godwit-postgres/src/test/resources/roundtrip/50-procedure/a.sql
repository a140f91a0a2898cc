CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price integer NOT NULL DEFAULT 0);
