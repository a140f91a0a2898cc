
-- 1. drop foreign key invoice_trip_id_fkey on invoice
ALTER TABLE invoice DROP CONSTRAINT invoice_trip_id_fkey;
