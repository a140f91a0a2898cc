CREATE TABLE traveller (id integer PRIMARY KEY);
