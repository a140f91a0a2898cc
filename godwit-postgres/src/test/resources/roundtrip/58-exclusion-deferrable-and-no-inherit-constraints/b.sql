CREATE TABLE booking (id integer PRIMARY KEY, room integer NOT NULL, during int4range NOT NULL, ref text,
  CONSTRAINT booking_ref_once UNIQUE (ref) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&),
  CONSTRAINT booking_room_positive CHECK (room > 0) NO INHERIT);
