-- Indexes of the managed schemas' tables that do not back a primary key, unique or exclusion
-- constraint (those are read as constraints). Keys are column names or expressions, DESC kept.
-- "special" marks an index with what the structured model does not hold (operator classes,
-- collations, NULLS order, INCLUDE, storage parameters, NULLS NOT DISTINCT): it is kept whole, as
-- its definition.
SELECT QNAME(t.relnamespace, t.relname) AS table_name,
       i.relname AS index_name,
       x.indisunique AS is_unique,
       am.amname AS method,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid, k, true)
                    || CASE WHEN x.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END
               FROM generate_series(1, x.indnkeyatts) AS k
              ORDER BY k) AS keys,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid, true) AS predicate,
       -- Only a special index needs its whole definition: printing every one costs a fifth of the query.
       CASE WHEN sp.special THEN pg_catalog.pg_get_indexdef(x.indexrelid) END AS definition,
       sp.special
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = i.relam
CROSS JOIN LATERAL (SELECT (x.indnkeyatts < x.indnatts
        OR i.reloptions IS NOT NULL
        OR {{indnullsnotdistinct}}
        OR EXISTS (SELECT 1 FROM unnest(x.indclass::oid[]) AS k(opc) JOIN pg_catalog.pg_opclass o ON o.oid = k.opc WHERE NOT o.opcdefault)
        -- a collation other than its column's (the column's own is part of the column's type)
        OR EXISTS (SELECT 1 FROM unnest(x.indcollation::oid[], x.indkey::int2[]) AS k(coll, attnum)
                   LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                   WHERE k.coll NOT IN (0, 100) AND k.coll IS DISTINCT FROM a.attcollation)
        OR EXISTS (SELECT 1 FROM unnest(x.indoption::int2[]) AS k(opt) WHERE (k.opt & 1 = 0) = (k.opt & 2 = 2))) AS special) AS sp
WHERE n.nspname = ANY ({{managed}})
  AND t.relname <> 'godwit_history'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                   WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY 1, i.relname
