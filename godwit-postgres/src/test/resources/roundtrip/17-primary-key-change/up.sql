
-- 1. drop primary key of stay
ALTER TABLE stay DROP CONSTRAINT stay_pkey;

-- 2. add primary key of stay [trip_id, night]
--    hazards: BLOCKS_WRITES
ALTER TABLE stay ADD CONSTRAINT stay_pkey PRIMARY KEY (trip_id, night);
