
-- 1. rebuild table meal, rows copied, to add foreign key meal_trip_id_night_fkey meal [trip_id, night] -> stay [trip_id, night]
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_meal (
    id INTEGER,
    trip_id INTEGER,
    night DATE,
    PRIMARY KEY (id),
    FOREIGN KEY (trip_id, night) REFERENCES stay (trip_id, night)
);
INSERT INTO godwit_new_meal (id, trip_id, night) SELECT id, trip_id, night FROM meal;
DROP TABLE meal;
ALTER TABLE godwit_new_meal RENAME TO meal;
