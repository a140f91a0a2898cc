CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price integer NOT NULL DEFAULT 0);
CREATE VIEW trip_titles AS SELECT id, title FROM trip;
