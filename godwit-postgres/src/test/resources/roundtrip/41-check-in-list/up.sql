
-- 1. add check constraint product_kind_check on product
ALTER TABLE product ADD CONSTRAINT product_kind_check CHECK (kind::text = ANY (ARRAY['Product'::character varying::text, 'Cruise'::character varying::text, 'It''s'::character varying::text]));
