CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price integer NOT NULL DEFAULT 0);
CREATE VIEW cheap AS SELECT id, price FROM trip WHERE price < 100;
