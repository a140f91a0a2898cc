
-- 1. create table trip
CREATE TABLE trip (
    id integer NOT NULL,
    title character varying(100) NOT NULL,
    price numeric(10,2),
    CONSTRAINT trip_pkey PRIMARY KEY (id)
);
