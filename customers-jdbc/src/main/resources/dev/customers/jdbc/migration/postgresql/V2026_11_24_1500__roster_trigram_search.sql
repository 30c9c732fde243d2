-- Substring search on PostgreSQL is served by two pg_trgm GIN indexes, made here and recorded in the
-- history (they used to be made at every start, outside it). Where the extension cannot be created
-- (no contrib package, no right to create it) the migration still succeeds and search scans each
-- organization's rows; an administrator who adds the extension and these indexes later is picked
-- up at the next start. Databases that already have them keep them (if not exists).
do $$
declare
  ext_schema name;
begin
  begin
    -- Checked first: "if not exists" would still send a notice, which Flyway logs as a warning.
    if not exists (select 1 from pg_extension where extname = 'pg_trgm') then
      create extension pg_trgm schema public;
    end if;
  exception when others then
    raise notice 'pg_trgm could not be created (%); customer search will scan', sqlerrm;
  end;
  select n.nspname into ext_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
  if ext_schema is not null then
    execute format(
      'create index if not exists cs_customers_trgm_ix on cs_customers using gin (s_all %I.gin_trgm_ops)',
      ext_schema);
    execute format(
      'create index if not exists cs_field_values_trgm_ix on cs_field_values using gin (v_search %I.gin_trgm_ops)',
      ext_schema);
  end if;
end $$;
