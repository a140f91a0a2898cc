-- Views, materialized views, functions and procedures of the managed schemas, as the server prints
-- them, with what each depends on as pg_depend records it: the tables and views a view reads and
-- the routines it calls; the tables whose row type a routine takes or returns. Extension members
-- are the extension's. Aggregates and window functions are not modelled (see unmodelled.sql).
-- Extensions (but plpgsql, which every database has) with their version and, when it is not the
-- current one, their schema; not read in a dev database's scratch schema (godwit_dev_*), where they
-- belong to the database that holds it.
-- Names are as from the current schema: QNAME qualifies those of the others, QIDENT quotes them too.
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
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END AS kind,
       QNAME(c.relnamespace, c.relname) AS name,
       pg_catalog.pg_get_viewdef(c.oid, true) AS body,
       c.reloptions::text[] AS options,
       descr.description AS comment,
       NULL::text AS shape,
       coalesce(reads.keys, ARRAY[]::text[]) || coalesce(calls.keys, ARRAY[]::text[]) AS depends_on,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid)
               FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
              WHERE x.indrelid = c.oid ORDER BY i.relname) AS indexes,
       NULL::text[] AS create_sql,
       NULL::text[] AS drop_sql
FROM pg_catalog.pg_class c
LEFT JOIN pg_catalog.pg_description descr ON descr.objoid = c.oid AND descr.classoid = 'pg_catalog.pg_class'::regclass AND descr.objsubid = 0
LEFT JOIN view_reads reads ON reads.view_oid = c.oid
LEFT JOIN view_calls calls ON calls.view_oid = c.oid
WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('v', 'm')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_class'::regclass AND m.objid = c.oid)
UNION ALL
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
UNION ALL
SELECT 'extension',
       x.extname::text,
       x.extversion,
       NULL,
       pg_catalog.obj_description(x.oid, 'pg_extension'),
       CASE WHEN x.extnamespace = {{home}} THEN '' ELSE x.extnamespace::regnamespace::text END,
       ARRAY[]::text[],
       ARRAY[]::text[],
       NULL::text[],
       NULL::text[]
FROM pg_catalog.pg_extension x
WHERE x.extname <> 'plpgsql' AND current_schema() NOT LIKE 'godwit\_dev\_%'
UNION ALL
-- Domains, composite and range types. A domain is its CREATE DOMAIN (base type and collation: its
-- shape) followed by one ALTER DOMAIN per default, NOT NULL and check, so that a change to any of those
-- is the ALTER DOMAIN that makes it, even while columns use the domain.
SELECT 'type', QNAME(t.typnamespace, t.typname), NULL, NULL, pg_catalog.obj_description(t.oid, 'pg_type'), domain.head, ARRAY[]::text[], ARRAY[]::text[],
       CASE t.typtype
       WHEN 'd' THEN ARRAY[domain.head]
                     || CASE WHEN t.typdefault IS NULL THEN ARRAY[]::text[]
                             ELSE ARRAY['ALTER DOMAIN ' || QIDENT(t.typnamespace, t.typname) || ' SET DEFAULT ' || t.typdefault] END
                     || CASE WHEN t.typnotnull THEN ARRAY['ALTER DOMAIN ' || QIDENT(t.typnamespace, t.typname) || ' SET NOT NULL'] ELSE ARRAY[]::text[] END
                     || ARRAY(SELECT 'ALTER DOMAIN ' || QIDENT(t.typnamespace, t.typname) || ' ADD CONSTRAINT ' || quote_ident(con.conname)
                                     || ' ' || pg_catalog.pg_get_constraintdef(con.oid, true)
                                FROM pg_catalog.pg_constraint con WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname)
       WHEN 'c' THEN ARRAY['CREATE TYPE ' || QIDENT(t.typnamespace, t.typname) || ' AS ('
                           || (SELECT string_agg(quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                                 FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) || ')']
       ELSE ARRAY['CREATE TYPE ' || QIDENT(t.typnamespace, t.typname) || ' AS RANGE (SUBTYPE = '
                  || (SELECT r.rngsubtype::regtype::text FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid) || ')'] END
       || CASE WHEN pg_catalog.obj_description(t.oid, 'pg_type') IS NULL THEN ARRAY[]::text[]
               ELSE ARRAY['COMMENT ON ' || CASE t.typtype WHEN 'd' THEN 'DOMAIN ' ELSE 'TYPE ' END || QIDENT(t.typnamespace, t.typname)
                          || ' IS ' || quote_literal(pg_catalog.obj_description(t.oid, 'pg_type'))] END,
       ARRAY[CASE t.typtype WHEN 'd' THEN 'DROP DOMAIN ' ELSE 'DROP TYPE ' END || QIDENT(t.typnamespace, t.typname)]
FROM pg_catalog.pg_type t
CROSS JOIN LATERAL (SELECT CASE WHEN t.typtype = 'd' THEN
        'CREATE DOMAIN ' || QIDENT(t.typnamespace, t.typname) || ' AS ' || pg_catalog.format_type(t.typbasetype, t.typtypmod)
        || coalesce(' COLLATE ' || (SELECT quote_ident(co.collname) FROM pg_catalog.pg_collation co
                                     WHERE co.oid = t.typcollation AND t.typcollation <> 100
                                       AND t.typcollation <> (SELECT b.typcollation FROM pg_catalog.pg_type b WHERE b.oid = t.typbasetype)), '')
        END AS head) AS domain
WHERE t.typnamespace IN (SELECT oid FROM ns)
  AND t.typtype IN ('c', 'd', 'r')
  AND (t.typtype <> 'c' OR EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_type'::regclass AND m.objid = t.oid)
UNION ALL
-- Collations (CREATE COLLATION): provider, locale and determinism; the locale's column is named
-- differently across PostgreSQL 13-18, hence to_jsonb.
SELECT 'collation', QNAME(co.collnamespace, co.collname), NULL, NULL, pg_catalog.obj_description(co.oid, 'pg_collation'), NULL,
       ARRAY[]::text[], ARRAY[]::text[],
       ARRAY['CREATE COLLATION ' || QIDENT(co.collnamespace, co.collname) || ' (provider = '
             || CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END
             || CASE WHEN co.collprovider = 'c'
                     THEN ', lc_collate = ' || quote_literal(to_jsonb(co) ->> 'collcollate') || ', lc_ctype = ' || quote_literal(to_jsonb(co) ->> 'collctype')
                     ELSE ', locale = ' || quote_literal(coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale', to_jsonb(co) ->> 'collcollate')) END
             || CASE WHEN co.collisdeterministic THEN '' ELSE ', deterministic = false' END || ')']
       || CASE WHEN pg_catalog.obj_description(co.oid, 'pg_collation') IS NULL THEN ARRAY[]::text[]
               ELSE ARRAY['COMMENT ON COLLATION ' || QIDENT(co.collnamespace, co.collname) || ' IS ' || quote_literal(pg_catalog.obj_description(co.oid, 'pg_collation'))] END,
       ARRAY['DROP COLLATION ' || QIDENT(co.collnamespace, co.collname)]
FROM pg_catalog.pg_collation co
WHERE co.collnamespace IN (SELECT oid FROM ns)
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_collation'::regclass AND m.objid = co.oid)
UNION ALL
-- Partitions, with their bounds (and their own key when they are partitioned in turn); what is in
-- them is their parent's: columns, constraints, indexes and triggers are made for them from it.
SELECT 'partition', QNAME(c.relnamespace, c.relname), NULL, NULL, NULL,
       QNAME(parent.relnamespace, parent.relname) || CASE WHEN c.relkind = 'p' THEN ' by ' || pg_catalog.pg_get_partkeydef(c.oid) ELSE '' END,
       ARRAY[CASE WHEN parent.relispartition THEN 'partition ' ELSE 'table ' END || QNAME(parent.relnamespace, parent.relname)],
       ARRAY[]::text[],
       ARRAY['CREATE TABLE ' || QIDENT(c.relnamespace, c.relname) || ' PARTITION OF ' || QIDENT(parent.relnamespace, parent.relname)
             || ' ' || pg_catalog.pg_get_expr(c.relpartbound, c.oid, true)
             || CASE WHEN c.relkind = 'p' THEN ' PARTITION BY ' || pg_catalog.pg_get_partkeydef(c.oid) ELSE '' END]
       || CASE WHEN pg_catalog.obj_description(c.oid, 'pg_class') IS NULL THEN ARRAY[]::text[]
               ELSE ARRAY['COMMENT ON TABLE ' || QIDENT(c.relnamespace, c.relname) || ' IS ' || quote_literal(pg_catalog.obj_description(c.oid, 'pg_class'))] END,
       ARRAY['DROP TABLE ' || QIDENT(c.relnamespace, c.relname)]
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_inherits h ON h.inhrelid = c.oid
JOIN pg_catalog.pg_class parent ON parent.oid = h.inhparent
WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relispartition AND c.relkind IN ('r', 'p')
UNION ALL
-- The managed schemas but the current one (which holds godwit's history and is not the migrations' to make).
SELECT 'schema', n.nspname::text, NULL, NULL, pg_catalog.obj_description(n.oid, 'pg_namespace'), 'schema', ARRAY[]::text[], ARRAY[]::text[],
       ARRAY['CREATE SCHEMA ' || quote_ident(n.nspname)]
       || CASE WHEN pg_catalog.obj_description(n.oid, 'pg_namespace') IS NULL THEN ARRAY[]::text[]
               ELSE ARRAY['COMMENT ON SCHEMA ' || quote_ident(n.nspname) || ' IS ' || quote_literal(pg_catalog.obj_description(n.oid, 'pg_namespace'))] END,
       ARRAY['DROP SCHEMA ' || quote_ident(n.nspname)]
FROM pg_catalog.pg_namespace n
WHERE n.oid IN (SELECT oid FROM ns) AND n.nspname IS DISTINCT FROM pg_catalog.current_schema()
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_namespace'::regclass AND m.objid = n.oid)
UNION ALL
-- Policies (with the routines their expressions call), row level security, grants and storage
-- options, written here as the statements that make and remove them.
SELECT 'policy', pol.polname || ' on ' || QNAME(c.relnamespace, c.relname), NULL, NULL, pg_catalog.obj_description(pol.oid, 'pg_policy'), NULL,
       ARRAY['table ' || QNAME(c.relnamespace, c.relname)]
       || ARRAY(SELECT DISTINCT CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END
                                || QNAME(p.pronamespace, p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'
                  FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid
                 WHERE d.classid = 'pg_catalog.pg_policy'::regclass AND d.objid = pol.oid
                   AND d.refclassid = 'pg_catalog.pg_proc'::regclass AND p.pronamespace IN (SELECT oid FROM ns)),
       ARRAY[]::text[],
       ARRAY['CREATE POLICY ' || quote_ident(pol.polname) || ' ON ' || QIDENT(c.relnamespace, c.relname)
             || ' AS ' || CASE WHEN pol.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END
             || ' FOR ' || CASE pol.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
             || ' TO ' || (SELECT string_agg(role, ', ' ORDER BY role)
                             FROM (SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(r)) END AS role
                                     FROM unnest(pol.polroles) AS r) AS roles)
             || coalesce(' USING (' || pg_catalog.pg_get_expr(pol.polqual, pol.polrelid, true) || ')', '')
             || coalesce(' WITH CHECK (' || pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid, true) || ')', '')],
       ARRAY['DROP POLICY ' || quote_ident(pol.polname) || ' ON ' || QIDENT(c.relnamespace, c.relname)]
FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relname <> 'godwit_history'
UNION ALL
SELECT 'row level security', QNAME(c.relnamespace, c.relname), NULL, NULL, NULL, NULL, ARRAY['table ' || QNAME(c.relnamespace, c.relname)], ARRAY[]::text[],
       ARRAY['ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' ENABLE ROW LEVEL SECURITY']
       || CASE WHEN c.relforcerowsecurity THEN ARRAY['ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' FORCE ROW LEVEL SECURITY'] ELSE ARRAY[]::text[] END,
       ARRAY['ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' NO FORCE ROW LEVEL SECURITY',
             'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' DISABLE ROW LEVEL SECURITY']
FROM pg_catalog.pg_class c
WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p') AND c.relrowsecurity AND c.relname <> 'godwit_history'
UNION ALL
SELECT 'table options', QNAME(c.relnamespace, c.relname), NULL, NULL, NULL, NULL, ARRAY['table ' || QNAME(c.relnamespace, c.relname)], ARRAY[]::text[],
       array_remove(ARRAY[
           CASE WHEN c.reloptions IS NOT NULL THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' SET (' || array_to_string(c.reloptions, ', ') || ')' END,
           CASE WHEN c.relpersistence = 'u' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' SET UNLOGGED' END,
           CASE c.relreplident
                WHEN 'f' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' REPLICA IDENTITY FULL'
                WHEN 'n' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' REPLICA IDENTITY NOTHING'
                WHEN 'i' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' REPLICA IDENTITY USING INDEX '
                              || (SELECT quote_ident(i.relname) FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
                                   WHERE x.indrelid = c.oid AND x.indisreplident) END], NULL),
       array_remove(ARRAY[
           CASE WHEN c.reloptions IS NOT NULL THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' RESET ('
                                                   || (SELECT string_agg(split_part(o, '=', 1), ', ') FROM unnest(c.reloptions) AS o) || ')' END,
           CASE WHEN c.relpersistence = 'u' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' SET LOGGED' END,
           CASE WHEN c.relreplident <> 'd' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' REPLICA IDENTITY DEFAULT' END], NULL)
FROM pg_catalog.pg_class c
WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p') AND c.relname <> 'godwit_history'
  AND (c.reloptions IS NOT NULL OR c.relpersistence = 'u' OR c.relreplident <> 'd')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_class'::regclass AND m.objid = c.oid)
UNION ALL
-- A routine's EXECUTE taken from PUBLIC (every routine has it unless revoked).
SELECT 'grant', CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || QNAME(p.pronamespace, p.proname)
                || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ') revoked from PUBLIC', NULL, NULL, NULL, NULL,
       ARRAY[CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || QNAME(p.pronamespace, p.proname)
             || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')'], ARRAY[]::text[],
       ARRAY['REVOKE EXECUTE ON ' || CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END || QIDENT(p.pronamespace, p.proname)
             || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ') FROM PUBLIC'],
       ARRAY['GRANT EXECUTE ON ' || CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END || QIDENT(p.pronamespace, p.proname)
             || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ') TO PUBLIC']
FROM pg_catalog.pg_proc p
WHERE p.pronamespace IN (SELECT oid FROM ns) AND p.prokind IN ('f', 'p') AND p.proacl IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM aclexplode(p.proacl) AS acl WHERE acl.grantee = 0 AND acl.privilege_type = 'EXECUTE')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_proc'::regclass AND m.objid = p.oid)
UNION ALL
-- Default privileges (ALTER DEFAULT PRIVILEGES), for objects made later: those of the role that runs
-- the migrations need no FOR ROLE (it differs between a dev database and production). Database-wide
-- ones are not read in a dev database's scratch schema (godwit_dev_*).
SELECT 'default privileges', d.label || ' to ' || d.grantee || CASE WHEN d.grantable THEN ' with grant option' ELSE '' END, NULL, NULL, NULL, NULL,
       d.depends_on, ARRAY[]::text[],
       ARRAY[d.prefix || ' GRANT ' || string_agg(d.privilege, ', ' ORDER BY d.privilege) || ' ON ' || d.objects || ' TO ' || d.grantee
             || CASE WHEN d.grantable THEN ' WITH GRANT OPTION' ELSE '' END],
       ARRAY[d.prefix || ' REVOKE ' || string_agg(d.privilege, ', ' ORDER BY d.privilege) || ' ON ' || d.objects || ' FROM ' || d.grantee]
FROM (SELECT ltrim(role_part.label || CASE WHEN a.defaclnamespace = 0 THEN '' ELSE ' in schema ' || n.nspname END
                 || ' on ' || lower(objects.word)) AS label,
             'ALTER DEFAULT PRIVILEGES' || role_part.sql || CASE WHEN a.defaclnamespace = 0 THEN '' ELSE ' IN SCHEMA ' || quote_ident(n.nspname) END AS prefix,
             objects.word AS objects,
             CASE WHEN a.defaclnamespace = 0 THEN ARRAY[]::text[] ELSE ARRAY['schema ' || n.nspname] END AS depends_on,
             CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(acl.grantee)) END AS grantee,
             acl.privilege_type AS privilege, acl.is_grantable AS grantable
        FROM pg_catalog.pg_default_acl a
        LEFT JOIN pg_catalog.pg_namespace n ON n.oid = a.defaclnamespace
        CROSS JOIN LATERAL aclexplode(a.defaclacl) AS acl
        CROSS JOIN LATERAL (SELECT CASE a.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                                                        WHEN 'T' THEN 'TYPES' ELSE 'SCHEMAS' END AS word) AS objects
        CROSS JOIN LATERAL (SELECT CASE WHEN a.defaclrole = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN '' ELSE ' for role ' || pg_catalog.pg_get_userbyid(a.defaclrole) END AS label,
                                   CASE WHEN a.defaclrole = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN '' ELSE ' FOR ROLE ' || quote_ident(pg_catalog.pg_get_userbyid(a.defaclrole)) END AS sql) AS role_part
       WHERE acl.grantee <> a.defaclrole
         AND (a.defaclnamespace = 0 AND pg_catalog.current_schema() NOT LIKE 'godwit\_dev\_%' OR a.defaclnamespace IN (SELECT oid FROM ns))) AS d
GROUP BY d.label, d.prefix, d.objects, d.depends_on, d.grantee, d.grantable
UNION ALL
-- PUBLIC's EXECUTE on new routines and USAGE on new types taken away, database-wide.
SELECT 'default privileges', ltrim(CASE WHEN a.defaclrole = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN ''
                                         ELSE ' for role ' || pg_catalog.pg_get_userbyid(a.defaclrole) END
                || CASE a.defaclobjtype WHEN 'f' THEN ' on functions' ELSE ' on types' END || ' revoked from PUBLIC'), NULL, NULL, NULL, NULL,
       ARRAY[]::text[], ARRAY[]::text[],
       ARRAY[prefix.sql || ' REVOKE ' || CASE a.defaclobjtype WHEN 'f' THEN 'EXECUTE ON FUNCTIONS' ELSE 'USAGE ON TYPES' END || ' FROM PUBLIC'],
       ARRAY[prefix.sql || ' GRANT ' || CASE a.defaclobjtype WHEN 'f' THEN 'EXECUTE ON FUNCTIONS' ELSE 'USAGE ON TYPES' END || ' TO PUBLIC']
FROM pg_catalog.pg_default_acl a
CROSS JOIN LATERAL (SELECT 'ALTER DEFAULT PRIVILEGES'
                           || CASE WHEN a.defaclrole = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user) THEN ''
                                   ELSE ' FOR ROLE ' || quote_ident(pg_catalog.pg_get_userbyid(a.defaclrole)) END AS sql) AS prefix
WHERE a.defaclnamespace = 0 AND a.defaclobjtype IN ('f', 'T') AND pg_catalog.current_schema() NOT LIKE 'godwit\_dev\_%'
  AND NOT EXISTS (SELECT 1 FROM aclexplode(a.defaclacl) AS acl WHERE acl.grantee = 0)
UNION ALL
-- Grants, but not the owner's own privileges (owners differ between a dev database and production).
SELECT 'grant', g.object || ' to ' || g.grantee || CASE WHEN g.grantable THEN ' with grant option' ELSE '' END, NULL, NULL, NULL, NULL,
       ARRAY[g.depends_on], ARRAY[]::text[],
       ARRAY['GRANT ' || string_agg(g.privilege || g.columns, ', ' ORDER BY g.privilege) || ' ON ' || g.target || ' TO ' || g.grantee
             || CASE WHEN g.grantable THEN ' WITH GRANT OPTION' ELSE '' END],
       ARRAY['REVOKE ' || string_agg(g.privilege || g.columns, ', ' ORDER BY g.privilege) || ' ON ' || g.target || ' FROM ' || g.grantee]
FROM (SELECT CASE c.relkind WHEN 'S' THEN 'sequence ' ELSE 'table ' END || QNAME(c.relnamespace, c.relname) AS object,
             CASE c.relkind WHEN 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END || QIDENT(c.relnamespace, c.relname) AS target,
             CASE c.relkind WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized view ' WHEN 'S' THEN 'sequence ' ELSE 'table ' END || QNAME(c.relnamespace, c.relname) AS depends_on,
             CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(acl.grantee)) END AS grantee,
             acl.privilege_type AS privilege, '' AS columns, acl.is_grantable AS grantable
        FROM pg_catalog.pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) AS acl
       WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
         AND c.relname <> 'godwit_history' AND acl.grantee <> c.relowner
      UNION ALL
      SELECT 'column ' || QNAME(c.relnamespace, c.relname) || '.' || a.attname, 'TABLE ' || QIDENT(c.relnamespace, c.relname),
             CASE c.relkind WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized view ' ELSE 'table ' END || QNAME(c.relnamespace, c.relname),
             CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(acl.grantee)) END,
             acl.privilege_type, ' (' || quote_ident(a.attname) || ')', acl.is_grantable
        FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        CROSS JOIN LATERAL aclexplode(a.attacl) AS acl
       WHERE c.relnamespace IN (SELECT oid FROM ns) AND acl.grantee <> c.relowner
      UNION ALL
      SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || QNAME(p.pronamespace, p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
             CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END || QIDENT(p.pronamespace, p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
             CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || QNAME(p.pronamespace, p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
             CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(acl.grantee)) END,
             acl.privilege_type, '', acl.is_grantable
        FROM pg_catalog.pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) AS acl
       WHERE p.pronamespace IN (SELECT oid FROM ns) AND p.prokind IN ('f', 'p') AND acl.grantee <> p.proowner
         -- EXECUTE for PUBLIC is every routine's default.
         AND NOT (acl.grantee = 0 AND acl.privilege_type = 'EXECUTE')
      UNION ALL
      -- On the current schema, PUBLIC's rights are the server's and its version's defaults, not the migrations'.
      SELECT 'schema ' || n.nspname, 'SCHEMA ' || quote_ident(n.nspname), 'schema ' || n.nspname,
             CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(acl.grantee)) END,
             acl.privilege_type, '', acl.is_grantable
        FROM pg_catalog.pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) AS acl
       WHERE n.oid IN (SELECT oid FROM ns) AND acl.grantee <> n.nspowner
         AND NOT (acl.grantee = 0 AND n.nspname = pg_catalog.current_schema())) AS g
GROUP BY g.object, g.target, g.depends_on, g.grantee, g.grantable
ORDER BY 1, 2
