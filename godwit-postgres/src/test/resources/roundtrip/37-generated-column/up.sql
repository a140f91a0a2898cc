
-- 1. add column trip.price_with_tax numeric
ALTER TABLE trip ADD COLUMN price_with_tax numeric GENERATED ALWAYS AS ((price * 1.2)) STORED;
