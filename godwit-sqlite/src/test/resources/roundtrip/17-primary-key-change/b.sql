CREATE TABLE stay (trip_id INTEGER NOT NULL, night DATE NOT NULL, PRIMARY KEY (trip_id, night));
