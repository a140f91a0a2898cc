
-- 1. add check constraint product_kind_check on product
ALTER TABLE product ADD CONSTRAINT product_kind_check CHECK (kind IN ('Product', 'Cruise', 'It''s'));
