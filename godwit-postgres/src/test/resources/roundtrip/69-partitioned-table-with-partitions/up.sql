
-- 1. create table booking
CREATE TABLE booking (
    trip_id integer NOT NULL,
    day date NOT NULL,
    seats integer DEFAULT 1 NOT NULL,
    CONSTRAINT booking_pkey PRIMARY KEY (trip_id, day)
) PARTITION BY RANGE (day);
CREATE INDEX booking_day ON booking (day);

-- 2. create table traveller
CREATE TABLE traveller (
    id integer NOT NULL,
    country text NOT NULL
) PARTITION BY LIST (country);

-- 3. create table traveller_hash
CREATE TABLE traveller_hash (
    id integer NOT NULL
) PARTITION BY HASH (id);

-- 4. create partition booking_2026
CREATE TABLE booking_2026 PARTITION OF booking FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
COMMENT ON TABLE booking_2026 IS 'this year';

-- 5. create partition booking_2027
CREATE TABLE booking_2027 PARTITION OF booking FOR VALUES FROM ('2027-01-01') TO ('2028-01-01') PARTITION BY RANGE (trip_id);

-- 6. create partition booking_2027_first
CREATE TABLE booking_2027_first PARTITION OF booking_2027 FOR VALUES FROM (0) TO (1000);

-- 7. create partition booking_2027_others
CREATE TABLE booking_2027_others PARTITION OF booking_2027 DEFAULT;

-- 8. create partition traveller_fr
CREATE TABLE traveller_fr PARTITION OF traveller FOR VALUES IN ('FR', 'BE');

-- 9. create partition traveller_hash_0
CREATE TABLE traveller_hash_0 PARTITION OF traveller_hash FOR VALUES WITH (modulus 2, remainder 0);

-- 10. create partition traveller_hash_1
CREATE TABLE traveller_hash_1 PARTITION OF traveller_hash FOR VALUES WITH (modulus 2, remainder 1);

-- 11. add foreign key booking_trip_id_fkey booking [trip_id] -> trip [id]
ALTER TABLE booking ADD CONSTRAINT booking_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES trip (id);
