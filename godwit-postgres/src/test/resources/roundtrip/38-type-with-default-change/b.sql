CREATE TABLE trip (id integer PRIMARY KEY, nights integer DEFAULT 2);
