CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price integer NOT NULL DEFAULT 0);
CREATE VIEW priced AS SELECT id, price FROM trip;
CREATE VIEW expensive AS SELECT id FROM priced WHERE price > 1000;
