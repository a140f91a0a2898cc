ALTER TABLE trip ALTER COLUMN title TYPE varchar(100);
CREATE INDEX trip_title ON trip (title);
