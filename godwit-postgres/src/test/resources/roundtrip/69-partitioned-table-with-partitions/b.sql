CREATE TABLE trip (id integer PRIMARY KEY);
CREATE TABLE booking (
    trip_id integer NOT NULL REFERENCES trip (id),
    day date NOT NULL,
    seats integer NOT NULL DEFAULT 1,
    PRIMARY KEY (trip_id, day)
) PARTITION BY RANGE (day);
CREATE INDEX booking_day ON booking (day);
CREATE TABLE booking_2026 PARTITION OF booking FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
COMMENT ON TABLE booking_2026 IS 'this year';
CREATE TABLE booking_2027 PARTITION OF booking FOR VALUES FROM ('2027-01-01') TO ('2028-01-01') PARTITION BY RANGE (trip_id);
CREATE TABLE booking_2027_first PARTITION OF booking_2027 FOR VALUES FROM (0) TO (1000);
CREATE TABLE booking_2027_others PARTITION OF booking_2027 DEFAULT;
CREATE TABLE traveller (id integer NOT NULL, country text NOT NULL) PARTITION BY LIST (country);
CREATE TABLE traveller_fr PARTITION OF traveller FOR VALUES IN ('FR', 'BE');
CREATE TABLE traveller_hash (id integer NOT NULL) PARTITION BY HASH (id);
CREATE TABLE traveller_hash_0 PARTITION OF traveller_hash FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE traveller_hash_1 PARTITION OF traveller_hash FOR VALUES WITH (MODULUS 2, REMAINDER 1);
