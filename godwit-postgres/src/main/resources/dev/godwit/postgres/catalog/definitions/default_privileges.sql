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
