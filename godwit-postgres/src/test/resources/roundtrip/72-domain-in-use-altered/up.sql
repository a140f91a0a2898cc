
-- 1. alter domain email
ALTER DOMAIN email DROP NOT NULL;
ALTER DOMAIN email DROP CONSTRAINT email_has_at;
ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE ~~ '%_@_%'::text);
ALTER DOMAIN email ADD CONSTRAINT email_short CHECK (length(VALUE) < 300);

-- 2. alter domain seats
ALTER DOMAIN seats DROP DEFAULT;
COMMENT ON DOMAIN seats IS NULL;
ALTER DOMAIN seats SET DEFAULT 2;
ALTER DOMAIN seats SET NOT NULL;
