CREATE TABLE trip (id integer PRIMARY KEY, title text NOT NULL, CHECK (length(title) > 0));
