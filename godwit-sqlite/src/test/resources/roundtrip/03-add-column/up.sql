
-- 1. add column trip.facture_pdf VARCHAR(255)
ALTER TABLE trip ADD COLUMN facture_pdf VARCHAR(255);
