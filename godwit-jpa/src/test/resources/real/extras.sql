-- What the entities cannot say, beside them (schema= with entities=).
CREATE EXTENSION IF NOT EXISTS citext;

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
CREATE TRIGGER trip_updated_at BEFORE UPDATE ON trip FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE VIEW trip_invoice_state AS
  SELECT t.id, t.title, CASE WHEN i.facture_pdf IS NULL THEN 'to invoice' ELSE 'invoiced' END AS state
  FROM trip t LEFT JOIN invoice i ON i.trip_id = t.id;

GRANT SELECT ON trip, invoice, trip_invoice_state TO odyssee_readonly;
