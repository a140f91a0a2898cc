-- Tables of the current schema, with their comments. godwit's history table is left out.
SELECT c.relname AS table_name,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema()
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relname <> 'godwit_history'
ORDER BY c.relname
