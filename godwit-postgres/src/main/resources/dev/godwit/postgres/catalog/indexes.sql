-- Indexes of the current schema's tables that do not back a primary key, unique or exclusion
-- constraint (those are read as constraints). Keys are column names or expressions, DESC kept.
SELECT t.relname AS table_name,
       i.relname AS index_name,
       x.indisunique AS is_unique,
       am.amname AS method,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid, k, true)
                    || CASE WHEN x.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END
               FROM generate_series(1, x.indnkeyatts) AS k
              ORDER BY k) AS keys,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid, true) AS predicate
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = i.relam
WHERE n.nspname = current_schema()
  AND t.relname <> 'godwit_history'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                   WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY t.relname, i.relname
