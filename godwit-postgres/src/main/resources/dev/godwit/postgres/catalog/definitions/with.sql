-- The common part of every definitions/*.sql query, which godwit runs as one (a UNION ALL of all of
-- them, in one round trip). Each query returns one row per object: kind, name, body (a view's query,
-- a routine's definition, an extension's version), options, comment, shape (what an in-place change
-- cannot change), depends_on (keys of what it reads), indexes (a materialized view's), and, for the
-- kinds written here, create_sql and drop_sql.
-- Names are as from the current schema: QNAME qualifies those of the others, QIDENT quotes them too.
-- Extension members are the extension's.
WITH ns AS (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ANY ({{managed}})),
     member AS (SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'),
     -- What each view reads, in one pass over pg_depend (a subquery per view costs a lookup per view).
     view_reads AS (
         SELECT r.ev_class AS view_oid,
                array_agg(DISTINCT CASE ref.relkind WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized view ' ELSE 'table ' END
                                   || QNAME(ref.relnamespace, ref.relname)) AS keys
           FROM pg_catalog.pg_rewrite r
           JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
           JOIN pg_catalog.pg_class ref ON d.refclassid = 'pg_catalog.pg_class'::regclass AND ref.oid = d.refobjid
          WHERE ref.oid <> r.ev_class AND ref.relnamespace IN (SELECT oid FROM ns)
          GROUP BY r.ev_class),
     view_calls AS (
         SELECT r.ev_class AS view_oid,
                array_agg(DISTINCT CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END
                                   || QNAME(p.pronamespace, p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')') AS keys
           FROM pg_catalog.pg_rewrite r
           JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = r.oid
           JOIN pg_catalog.pg_proc p ON d.refclassid = 'pg_catalog.pg_proc'::regclass AND p.oid = d.refobjid
          WHERE p.pronamespace IN (SELECT oid FROM ns)
          GROUP BY r.ev_class)
