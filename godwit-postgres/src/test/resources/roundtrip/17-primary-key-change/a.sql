CREATE TABLE stay (trip_id integer NOT NULL, night date NOT NULL, CONSTRAINT stay_pkey PRIMARY KEY (trip_id));
