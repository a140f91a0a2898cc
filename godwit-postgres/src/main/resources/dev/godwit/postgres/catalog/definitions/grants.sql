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
