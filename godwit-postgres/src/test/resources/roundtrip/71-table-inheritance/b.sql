CREATE TABLE trip (id integer PRIMARY KEY, title text NOT NULL, price numeric, CHECK (length(title) > 0));
CREATE TABLE cruise (deck integer NOT NULL, CHECK (deck > 0)) INHERITS (trip);
CREATE TABLE river_cruise (river text) INHERITS (cruise);
CREATE TABLE tagged (tag text);
CREATE TABLE tagged_trip (title text NOT NULL) INHERITS (trip, tagged);
