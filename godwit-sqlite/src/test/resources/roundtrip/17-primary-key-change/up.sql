
-- 1. rebuild table stay, rows copied, to drop primary key of stay; add primary key of stay [trip_id, night]
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_stay (
    trip_id INTEGER NOT NULL,
    night DATE NOT NULL,
    PRIMARY KEY (trip_id, night)
);
INSERT INTO godwit_new_stay (trip_id, night) SELECT trip_id, night FROM stay;
DROP TABLE stay;
ALTER TABLE godwit_new_stay RENAME TO stay;
