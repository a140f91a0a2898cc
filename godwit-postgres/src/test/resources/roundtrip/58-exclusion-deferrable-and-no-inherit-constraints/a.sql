CREATE TABLE booking (id integer PRIMARY KEY, room integer NOT NULL, during int4range NOT NULL, ref text);
