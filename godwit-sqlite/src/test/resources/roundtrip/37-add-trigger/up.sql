
-- 1. create trigger trip_touch on trip
CREATE TRIGGER trip_touch AFTER UPDATE OF title ON trip
BEGIN
  UPDATE trip SET updated = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
