CREATE EXTENSION hstore;
CREATE TABLE trip (id integer PRIMARY KEY, title text NOT NULL, tags hstore);
