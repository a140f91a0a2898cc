CREATE TABLE traveller (id integer PRIMARY KEY, name text NOT NULL);
