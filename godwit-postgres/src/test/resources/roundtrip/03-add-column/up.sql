
-- 1. add column trip.facture_pdf character varying(255)
ALTER TABLE trip ADD COLUMN facture_pdf character varying(255);
