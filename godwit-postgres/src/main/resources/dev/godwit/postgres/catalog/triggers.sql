-- Triggers on the managed schemas' tables, as the server prints them (triggers on views and
-- foreign tables, and disabled triggers, are reported by unmodelled.sql).
SELECT QNAME(c.relnamespace, c.relname) AS table_name,
       t.tgname AS trigger_name,
       pg_catalog.pg_get_triggerdef(t.oid, true) AS definition
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{managed}})
  AND NOT t.tgisinternal
  AND c.relkind IN ('r', 'p')
  AND c.relname <> 'godwit_history'
ORDER BY 1, t.tgname
