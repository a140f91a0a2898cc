
-- 1. create constraint booking_no_overlap on booking
--    hazards: BLOCKS_WRITES
ALTER TABLE booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&);

-- 2. create constraint booking_ref_once on booking
--    hazards: BLOCKS_WRITES
ALTER TABLE booking ADD CONSTRAINT booking_ref_once UNIQUE (ref) DEFERRABLE INITIALLY DEFERRED;

-- 3. create constraint booking_room_positive on booking
--    hazards: BLOCKS_WRITES
ALTER TABLE booking ADD CONSTRAINT booking_room_positive CHECK (room > 0) NO INHERIT;
