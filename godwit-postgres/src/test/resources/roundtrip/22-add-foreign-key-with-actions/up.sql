
-- 1. add foreign key invoice_trip_id_fkey invoice [trip_id] -> trip [id]
ALTER TABLE invoice ADD CONSTRAINT invoice_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES trip (id) ON DELETE CASCADE ON UPDATE SET NULL NOT VALID;

-- next migration (a transaction of its own):

-- 1. add foreign key invoice_trip_id_fkey invoice [trip_id] -> trip [id]
ALTER TABLE invoice VALIDATE CONSTRAINT invoice_trip_id_fkey;
