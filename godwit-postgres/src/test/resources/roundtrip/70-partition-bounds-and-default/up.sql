
-- 1. drop partition booking_old
--    hazards: DATA_LOSS, IRREVERSIBLE
DROP TABLE booking_old;

-- 2. add column booking.note text
ALTER TABLE booking ADD COLUMN note text;

-- 3. change the bounds of partition booking_2026
ALTER TABLE booking DETACH PARTITION booking_2026;
ALTER TABLE booking ATTACH PARTITION booking_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- 4. create partition booking_other
CREATE TABLE booking_other PARTITION OF booking DEFAULT;

-- 5. create index booking_seats
--    hazards: BLOCKS_WRITES
CREATE INDEX booking_seats ON booking (seats);
