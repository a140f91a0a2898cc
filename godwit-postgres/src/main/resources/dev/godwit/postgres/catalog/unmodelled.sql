-- Everything in the database that godwit's model does not hold, so that it is reported by name
-- (never skipped in silence) and counted in the schema's fingerprint: objects of kinds godwit does
-- not model, and attributes of modelled objects it does not read. One row per object:
-- kind, name, and the server's own text for it (pg_get_*def where there is one; to_jsonb of the
-- catalog row where there is none, which also keeps the query valid across PostgreSQL 13-18).
-- Objects that belong to an extension are the extension's. godwit's history table is left out.
-- Database-wide objects (event triggers, publications, casts) are not read in a dev database's
-- scratch schema (godwit_dev_*, with dev-url): they belong to the database that holds it, not to the
-- migrations replayed there.
WITH ns AS (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ANY ({{managed}})),
     whole AS (SELECT current_schema() NOT LIKE 'godwit\_dev\_%' AS database),
     member AS (SELECT classid, objid FROM pg_catalog.pg_depend WHERE deptype = 'e'),
     rel AS (SELECT c.* FROM pg_catalog.pg_class c
             WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relname <> 'godwit_history'
               AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_class'::regclass AND m.objid = c.oid))
SELECT kind, name, definition FROM (
    SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'window function' END AS kind,
           (QNAME(p.pronamespace, p.proname) || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')')::text AS name,
           CASE WHEN p.prokind = 'a'
                THEN (SELECT (to_jsonb(a) - 'aggfnoid')::text FROM pg_catalog.pg_aggregate a WHERE a.aggfnoid = p.oid)
                ELSE pg_catalog.pg_get_functiondef(p.oid) END
             || coalesce(' comment ' || pg_catalog.obj_description(p.oid, 'pg_proc'), '') AS definition
      FROM pg_catalog.pg_proc p
     WHERE p.pronamespace IN (SELECT oid FROM ns) AND p.prokind IN ('a', 'w')
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_proc'::regclass AND m.objid = p.oid)
    UNION ALL
    -- Triggers on tables are modelled (triggers.sql); on views and foreign tables they are not.
    SELECT 'trigger', t.tgname || ' on ' || QNAME(c.relnamespace, c.relname), pg_catalog.pg_get_triggerdef(t.oid, true)
             || coalesce(' comment ' || pg_catalog.obj_description(t.oid, 'pg_trigger'), '')
      FROM pg_catalog.pg_trigger t JOIN rel c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND c.relkind NOT IN ('r', 'p')
    UNION ALL
    SELECT 'trigger state', t.tgname || ' on ' || QNAME(c.relnamespace, c.relname),
           CASE t.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled replica' WHEN 'A' THEN 'enabled always' ELSE t.tgenabled::text END
      FROM pg_catalog.pg_trigger t JOIN rel c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND t.tgenabled <> 'O'
    UNION ALL
    SELECT 'comment', 'trigger ' || t.tgname || ' on ' || QNAME(c.relnamespace, c.relname), pg_catalog.obj_description(t.oid, 'pg_trigger')
      FROM pg_catalog.pg_trigger t JOIN rel c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND c.relkind IN ('r', 'p') AND pg_catalog.obj_description(t.oid, 'pg_trigger') IS NOT NULL
    UNION ALL
    -- Comments the model does not carry: on indexes, sequences, constraints and enum types (those on
    -- tables, columns, views, routines, policies and other types are part of their objects).
    SELECT 'comment', CASE c.relkind WHEN 'S' THEN 'sequence ' ELSE 'index ' END || QNAME(c.relnamespace, c.relname), d.description
      FROM rel c JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
     WHERE c.relkind IN ('i', 'I', 'S')
    UNION ALL
    SELECT 'comment', 'constraint ' || con.conname || ' on ' || QNAME(c.relnamespace, c.relname), d.description
      FROM pg_catalog.pg_constraint con JOIN rel c ON c.oid = con.conrelid
      JOIN pg_catalog.pg_description d ON d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::regclass
    UNION ALL
    SELECT 'comment', 'type ' || QNAME(t.typnamespace, t.typname), d.description
      FROM pg_catalog.pg_type t
      JOIN pg_catalog.pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::regclass
     WHERE t.typnamespace IN (SELECT oid FROM ns) AND t.typtype = 'e'
    UNION ALL
    SELECT 'event trigger', e.evtname::text, e.evtevent || ' ' || e.evtfoid::regprocedure::text || ' ' || e.evtenabled::text
             || coalesce(' tags ' || array_to_string(e.evttags, ','), '')
      FROM pg_catalog.pg_event_trigger e
     WHERE (SELECT database FROM whole) AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_event_trigger'::regclass AND m.objid = e.oid)
    UNION ALL
    SELECT 'rule', r.rulename || ' on ' || QNAME(c.relnamespace, c.relname), pg_catalog.pg_get_ruledef(r.oid, true)
      FROM pg_catalog.pg_rewrite r JOIN rel c ON c.oid = r.ev_class
     WHERE r.rulename <> '_RETURN'
    UNION ALL
    SELECT 'foreign table', QNAME(c.relnamespace, c.relname),
           (SELECT (to_jsonb(f) - 'ftrelid')::text FROM pg_catalog.pg_foreign_table f WHERE f.ftrelid = c.oid)
      FROM rel c WHERE c.relkind = 'f'
    UNION ALL
    SELECT 'publication', p.pubname::text, (to_jsonb(p) - 'oid' - 'pubowner')::text FROM pg_catalog.pg_publication p
     WHERE (SELECT database FROM whole)
    UNION ALL
    SELECT 'operator', QNAME(o.oprnamespace, o.oprname) || '(' || o.oprleft::regtype::text || ', ' || o.oprright::regtype::text || ')', o.oprcode::text
      FROM pg_catalog.pg_operator o
     WHERE o.oprnamespace IN (SELECT oid FROM ns)
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_operator'::regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'operator family', QNAME(f.opfnamespace, f.opfname) || ' using ' || am.amname, ''
      FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
     WHERE f.opfnamespace IN (SELECT oid FROM ns)
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_opfamily'::regclass AND m.objid = f.oid)
    UNION ALL
    SELECT 'statistics', QNAME(s.stxnamespace, s.stxname), pg_catalog.pg_get_statisticsobjdef(s.oid)
      FROM pg_catalog.pg_statistic_ext s WHERE s.stxnamespace IN (SELECT oid FROM ns)
    UNION ALL
    -- A column's storage, compression, statistics target and options: physical settings the model does not hold.
    SELECT 'column storage', QNAME(c.relnamespace, c.relname) || '.' || a.attname,
           'storage ' || a.attstorage::text || CASE WHEN {{attcompression}} <> '' THEN ' compression ' || {{attcompression}} ELSE '' END
             || CASE WHEN coalesce(a.attstattarget, -1) <> -1 THEN ' statistics ' || a.attstattarget ELSE '' END
             || coalesce(' options ' || array_to_string(a.attoptions, ','), '')
      FROM rel c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
     WHERE c.relkind IN ('r', 'p', 'm')
       AND (a.attstorage <> t.typstorage OR {{attcompression}} <> '' OR coalesce(a.attstattarget, -1) <> -1 OR a.attoptions IS NOT NULL)
    UNION ALL
    SELECT 'table access method', QNAME(c.relnamespace, c.relname), am.amname
      FROM rel c JOIN pg_catalog.pg_am am ON am.oid = c.relam
     WHERE c.relkind IN ('r', 'm') AND am.amname <> 'heap'
    UNION ALL
    SELECT 'tablespace', QNAME(c.relnamespace, c.relname), (SELECT ts.spcname FROM pg_catalog.pg_tablespace ts WHERE ts.oid = c.reltablespace)
      FROM rel c WHERE c.reltablespace <> 0
    UNION ALL
    SELECT 'cluster', QNAME(c.relnamespace, c.relname), 'on ' || i.relname
      FROM rel c JOIN pg_catalog.pg_index x ON x.indrelid = c.oid AND x.indisclustered JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
    UNION ALL
    SELECT 'security label', l.provider || ' ' || l.classoid::regclass::text || ' ' || l.objoid || ' ' || l.objsubid, l.label
      FROM pg_catalog.pg_seclabel l
     WHERE (SELECT database FROM whole)
    UNION ALL
    SELECT 'foreign data wrapper', w.fdwname::text, coalesce(array_to_string(w.fdwoptions, ','), '')
      FROM pg_catalog.pg_foreign_data_wrapper w
     WHERE (SELECT database FROM whole)
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_foreign_data_wrapper'::regclass AND m.objid = w.oid)
    UNION ALL
    SELECT 'foreign server', s.srvname::text, coalesce(s.srvtype, '') || ' ' || coalesce(array_to_string(s.srvoptions, ','), '')
      FROM pg_catalog.pg_foreign_server s
     WHERE (SELECT database FROM whole)
    UNION ALL
    SELECT 'conversion', QNAME(v.connamespace, v.conname), v.conproc::text
      FROM pg_catalog.pg_conversion v WHERE v.connamespace IN (SELECT oid FROM ns)
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_conversion'::regclass AND m.objid = v.oid)
    UNION ALL
    SELECT 'access method', am.amname::text, am.amtype::text
      FROM pg_catalog.pg_am am
     WHERE am.oid >= 16384 AND (SELECT database FROM whole)
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_am'::regclass AND m.objid = am.oid)
    UNION ALL
    SELECT 'operator class', QNAME(o.opcnamespace, o.opcname) || ' using ' || am.amname, o.opcintype::regtype::text || CASE WHEN o.opcdefault THEN ' default' ELSE '' END
      FROM pg_catalog.pg_opclass o JOIN pg_catalog.pg_am am ON am.oid = o.opcmethod
     WHERE o.opcnamespace IN (SELECT oid FROM ns)
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_opclass'::regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'text search configuration', QNAME(c.cfgnamespace, c.cfgname), c.cfgparser::regproc::text
      FROM pg_catalog.pg_ts_config c WHERE c.cfgnamespace IN (SELECT oid FROM ns)
    UNION ALL
    SELECT 'text search dictionary', QNAME(d.dictnamespace, d.dictname), coalesce(d.dictinitoption, '')
      FROM pg_catalog.pg_ts_dict d WHERE d.dictnamespace IN (SELECT oid FROM ns)
    UNION ALL
    -- Domains, composite and range types are modelled (definitions/types.sql); base types written in C are not.
    SELECT CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type' WHEN 'r' THEN 'range type' ELSE 'base type' END,
           QNAME(t.typnamespace, t.typname),
           CASE t.typtype
                WHEN 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod)
                              || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
                              || coalesce(' default ' || t.typdefault, '')
                              || coalesce((SELECT ' ' || string_agg(con.conname || ' ' || pg_catalog.pg_get_constraintdef(con.oid, true), ' ' ORDER BY con.conname)
                                             FROM pg_catalog.pg_constraint con WHERE con.contypid = t.oid), '')
                WHEN 'c' THEN (SELECT string_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                                 FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
                WHEN 'r' THEN (SELECT r.rngsubtype::regtype::text FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid)
                ELSE t.typinput::text END
             || coalesce(' comment ' || pg_catalog.obj_description(t.oid, 'pg_type'), '')
      FROM pg_catalog.pg_type t
     WHERE t.typnamespace IN (SELECT oid FROM ns)
       AND t.typtype = 'b'
       AND t.typcategory <> 'A'
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_type'::regclass AND m.objid = t.oid)
    UNION ALL
    SELECT 'cast', k.castsource::regtype::text || ' as ' || k.casttarget::regtype::text,
           coalesce(nullif(k.castfunc, 0)::regprocedure::text, '') || ' ' || k.castcontext::text || k.castmethod::text
      FROM pg_catalog.pg_cast k
     WHERE k.oid >= 16384 AND (SELECT database FROM whole)
       -- A range type's cast to its multirange is made with it (an internal dependency).
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                        WHERE d.classid = 'pg_catalog.pg_cast'::regclass AND d.objid = k.oid AND d.deptype = 'i')
       AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_cast'::regclass AND m.objid = k.oid)
    UNION ALL
    -- A constraint left NOT VALID (the state between a safe form's two migrations).
    SELECT 'constraint state', con.conname || ' on ' || QNAME(c.relnamespace, c.relname), pg_catalog.pg_get_constraintdef(con.oid, true)
      FROM pg_catalog.pg_constraint con JOIN rel c ON c.oid = con.conrelid
     WHERE con.contype IN ('c', 'f') AND NOT con.convalidated
    UNION ALL
    -- What a partition has of its own, beyond what its parent gives it.
    SELECT 'partition index', QNAME(i.relnamespace, i.relname) || ' on ' || QNAME(c.relnamespace, c.relname), pg_catalog.pg_get_indexdef(i.oid)
      FROM rel c JOIN pg_catalog.pg_index x ON x.indrelid = c.oid JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
     WHERE c.relispartition AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = i.oid)
    UNION ALL
    SELECT 'partition constraint', con.conname || ' on ' || QNAME(c.relnamespace, c.relname), pg_catalog.pg_get_constraintdef(con.oid, true)
      FROM rel c JOIN pg_catalog.pg_constraint con ON con.conrelid = c.oid
     WHERE c.relispartition AND con.conislocal AND con.contype <> 'n'
    UNION ALL
    SELECT 'sequence options', QNAME(c.relnamespace, c.relname),
           'start ' || s.seqstart || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax || ' cache ' || s.seqcache
             || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
      FROM pg_catalog.pg_sequence s JOIN rel c ON c.oid = s.seqrelid
     -- A free sequence's options are modelled (sequences.sql); those of a serial or identity column's are not.
     WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.objid = c.oid AND d.classid = 'pg_catalog.pg_class'::regclass
                      AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i'))
      AND (s.seqcycle OR s.seqcache <> 1 OR s.seqincrement <> 1 OR s.seqstart <> CASE WHEN s.seqincrement > 0 THEN s.seqmin ELSE s.seqmax END
        OR s.seqmin <> CASE WHEN s.seqincrement > 0 THEN 1
                            ELSE CASE s.seqtypid WHEN 'int2'::regtype THEN -32768 WHEN 'int4'::regtype THEN -2147483648 ELSE -9223372036854775808 END END
        OR s.seqmax <> CASE WHEN s.seqincrement < 0 THEN -1
                            ELSE CASE s.seqtypid WHEN 'int2'::regtype THEN 32767 WHEN 'int4'::regtype THEN 2147483647 ELSE 9223372036854775807 END END)
) AS everything
ORDER BY kind, name
