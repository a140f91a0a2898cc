-- Views, materialized views, functions and procedures of the current schema, as the server prints
-- them, with what each depends on as pg_depend records it: the tables and views a view reads and
-- the routines it calls; the tables whose row type a routine takes or returns. Extension members
-- are the extension's. Aggregates and window functions are not modelled (see unmodelled.sql).
WITH ns AS (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema()),
     member AS (SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e')
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END AS kind,
       c.relname::text AS name,
       pg_catalog.pg_get_viewdef(c.oid, true) AS body,
       c.reloptions::text[] AS options,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
       NULL::text AS shape,
       ARRAY(SELECT DISTINCT CASE ref.relkind WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized view ' ELSE 'table ' END || ref.relname
               FROM pg_catalog.pg_rewrite r
               JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
               JOIN pg_catalog.pg_class ref ON d.refclassid = 'pg_catalog.pg_class'::regclass AND ref.oid = d.refobjid
              WHERE r.ev_class = c.oid AND ref.oid <> c.oid AND ref.relnamespace = (SELECT oid FROM ns))
       || ARRAY(SELECT DISTINCT CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END
                                || p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'
                  FROM pg_catalog.pg_rewrite r
                  JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
                  JOIN pg_catalog.pg_proc p ON d.refclassid = 'pg_catalog.pg_proc'::regclass AND p.oid = d.refobjid
                 WHERE r.ev_class = c.oid AND p.pronamespace = (SELECT oid FROM ns)) AS depends_on,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid)
               FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
              WHERE x.indrelid = c.oid ORDER BY i.relname) AS indexes
FROM pg_catalog.pg_class c
WHERE c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('v', 'm')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_class'::regclass AND m.objid = c.oid)
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,
       p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
       pg_catalog.pg_get_functiondef(p.oid),
       NULL,
       pg_catalog.obj_description(p.oid, 'pg_proc'),
       pg_catalog.pg_get_function_arguments(p.oid) || ' -> ' || coalesce(pg_catalog.pg_get_function_result(p.oid), ''),
       ARRAY(SELECT DISTINCT 'table ' || t.relname
               FROM pg_catalog.pg_depend d
               JOIN pg_catalog.pg_type ty ON d.refclassid = 'pg_catalog.pg_type'::regclass AND ty.oid = d.refobjid
               JOIN pg_catalog.pg_class t ON t.oid = ty.typrelid
              WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND t.relkind IN ('r', 'p')
                AND t.relnamespace = (SELECT oid FROM ns)),
       ARRAY[]::text[]
FROM pg_catalog.pg_proc p
WHERE p.pronamespace = (SELECT oid FROM ns) AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_proc'::regclass AND m.objid = p.oid)
ORDER BY 1, 2
