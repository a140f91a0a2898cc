-- Primary keys, unique, check, foreign key and exclusion constraints of the managed schemas' tables.
-- "special" marks one with what the structured model does not hold (exclusion, DEFERRABLE, NO
-- INHERIT, or an index with INCLUDE, storage parameters or NULLS NOT DISTINCT): it is kept whole,
-- as its definition.
-- Column lists keep the constraint's order (unnest ... WITH ORDINALITY).
SELECT QNAME(c.relnamespace, c.relname) AS table_name,
       con.conname AS constraint_name,
       con.contype AS constraint_type,
       ARRAY(SELECT a.attname
               FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS columns,
       QNAME(f.relnamespace, f.relname) AS referenced_table,
       ARRAY(SELECT a.attname
               FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS referenced_columns,
       con.confdeltype AS on_delete,
       con.confupdtype AS on_update,
       -- Checks and special constraints need their definition; printing the others' costs a tenth of the query.
       CASE WHEN con.contype = 'c' OR sp.special THEN pg_catalog.pg_get_constraintdef(con.oid, true) END AS definition,
       sp.special
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class f ON f.oid = con.confrelid
CROSS JOIN LATERAL (SELECT (con.contype = 'x' OR con.condeferrable OR (con.contype = 'c' AND con.connoinherit)
        OR EXISTS (SELECT 1 FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
                    WHERE x.indexrelid = con.conindid AND con.contype IN ('p', 'u')
                      AND (x.indnkeyatts < x.indnatts OR i.reloptions IS NOT NULL
                           OR {{indnullsnotdistinct}}))) AS special) AS sp
WHERE n.nspname = ANY ({{managed}})
  AND con.contype IN ('p', 'u', 'c', 'f', 'x')
  -- An inherited check is its parent's.
  AND con.conislocal
  AND c.relname <> 'godwit_history'
ORDER BY 1, con.conname
