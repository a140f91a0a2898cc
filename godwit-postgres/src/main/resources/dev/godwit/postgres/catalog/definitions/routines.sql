-- Functions and procedures, with the tables whose row type they take or return. Aggregates and
-- window functions are not modelled (see unmodelled.sql).
SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,
       QNAME(p.pronamespace, p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
       pg_catalog.pg_get_functiondef(p.oid),
       NULL,
       pg_catalog.obj_description(p.oid, 'pg_proc'),
       pg_catalog.pg_get_function_arguments(p.oid) || ' -> ' || coalesce(pg_catalog.pg_get_function_result(p.oid), ''),
       ARRAY(SELECT DISTINCT 'table ' || QNAME(t.relnamespace, t.relname)
               FROM pg_catalog.pg_depend d
               JOIN pg_catalog.pg_type ty ON d.refclassid = 'pg_catalog.pg_type'::regclass AND ty.oid = d.refobjid
               JOIN pg_catalog.pg_class t ON t.oid = ty.typrelid
              WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND t.relkind IN ('r', 'p')
                AND t.relnamespace IN (SELECT oid FROM ns)),
       ARRAY[]::text[],
       NULL::text[],
       NULL::text[]
FROM pg_catalog.pg_proc p
WHERE p.pronamespace IN (SELECT oid FROM ns) AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_proc'::regclass AND m.objid = p.oid)
  -- A range type's constructors are its own (an internal dependency), made with it.
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                   WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')
