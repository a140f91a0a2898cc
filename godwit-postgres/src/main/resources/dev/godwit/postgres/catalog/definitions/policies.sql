-- Policies (with the routines their expressions call), written as the statements that make and remove them.
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
