CREATE TABLE stay (trip_id INTEGER NOT NULL, night DATE NOT NULL, PRIMARY KEY (trip_id, night));
CREATE TABLE meal (id INTEGER PRIMARY KEY, trip_id INTEGER, night DATE);
