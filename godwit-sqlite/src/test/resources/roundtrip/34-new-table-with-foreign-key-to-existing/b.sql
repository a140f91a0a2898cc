CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100) NOT NULL, price DECIMAL(10,2));
CREATE TABLE invoice (id INTEGER PRIMARY KEY, trip_id INTEGER NOT NULL REFERENCES trip (id), UNIQUE (trip_id));
CREATE INDEX invoice_trip_idx ON invoice (trip_id);
