
-- 1. alter column trip.title: comment
COMMENT ON COLUMN trip.title IS 'Shown on the invoice';
