CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price numeric(10,2));
CREATE TABLE invoice (id integer PRIMARY KEY, trip_id integer REFERENCES trip (id));
