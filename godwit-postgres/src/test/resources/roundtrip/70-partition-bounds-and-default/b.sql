CREATE TABLE booking (day date NOT NULL, seats integer, note text) PARTITION BY RANGE (day);
CREATE TABLE booking_2026 PARTITION OF booking FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE booking_other PARTITION OF booking DEFAULT;
CREATE INDEX booking_seats ON booking (seats);
