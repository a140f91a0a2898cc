
-- 1. set the comment of table trip
COMMENT ON TABLE trip IS 'Trips we sell';
