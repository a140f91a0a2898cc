-- Columns of every table of the managed schemas, in declared order. A collation other than the
-- type's is part of the type, as SQL writes it (text COLLATE "C").
-- owned_sequence is set for serial-family columns (a sequence with an 'auto' dependency on the column);
-- identity columns own theirs through an 'internal' dependency and report attidentity instead.
SELECT QNAME(c.relnamespace, c.relname) AS table_name,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod)
         || CASE WHEN a.attcollation <> t.typcollation
                 THEN ' COLLATE ' || (SELECT CASE WHEN co.collnamespace = 'pg_catalog'::regnamespace THEN quote_ident(co.collname)
                                                   ELSE QIDENT(co.collnamespace, co.collname) END
                                        FROM pg_catalog.pg_collation co WHERE co.oid = a.attcollation)
                 ELSE '' END AS data_type,
       NOT a.attnotnull AS nullable,
       CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END AS default_expression,
       CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(d.adbin, d.adrelid) END AS generated_expression,
       a.attidentity AS identity,
       owned.sequence_name AS owned_sequence,
       descr.description AS comment
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
-- A join, not col_description(): that SQL function costs a query per column.
LEFT JOIN pg_catalog.pg_description descr
       ON descr.objoid = c.oid AND descr.classoid = 'pg_catalog.pg_class'::regclass AND descr.objsubid = a.attnum
-- Computed once and hash-joined: a per-column subquery on pg_depend costs a scan per column.
LEFT JOIN (SELECT dep.refobjid, dep.refobjsubid, min(s.relname) AS sequence_name
             FROM pg_catalog.pg_depend dep
             JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
            WHERE dep.classid = 'pg_catalog.pg_class'::regclass
              AND dep.refclassid = 'pg_catalog.pg_class'::regclass
              AND dep.deptype = 'a'
            GROUP BY dep.refobjid, dep.refobjsubid) owned
       ON owned.refobjid = c.oid AND owned.refobjsubid = a.attnum
WHERE n.nspname = ANY ({{managed}})
  AND c.relkind IN ('r', 'p')
  AND c.relname <> 'godwit_history'
  AND a.attnum > 0
  AND NOT a.attisdropped
  -- A column only inherited is its parent's (INHERITS); one also declared here is this table's too.
  AND a.attislocal
ORDER BY c.oid, a.attnum
