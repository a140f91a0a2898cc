CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100) NOT NULL, updated TEXT);
CREATE TABLE audit (what TEXT);
CREATE TRIGGER trip_audit AFTER UPDATE ON trip
BEGIN
  INSERT INTO audit (what) VALUES ('trip ' || NEW.id || ' changed; again');
END;
