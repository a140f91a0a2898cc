
-- 1. add value 'reviewed' to enum type trip_status
--    hazards: IRREVERSIBLE
ALTER TYPE trip_status ADD VALUE 'reviewed' AFTER 'draft';

-- 2. add value 'archived' to enum type trip_status
--    hazards: IRREVERSIBLE
ALTER TYPE trip_status ADD VALUE 'archived' AFTER 'published';
