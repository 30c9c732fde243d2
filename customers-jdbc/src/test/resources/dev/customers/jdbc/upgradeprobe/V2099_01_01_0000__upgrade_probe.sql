-- A capability migration as the new layout writes them: once for every dialect, in a timestamped
-- version after V2, with placeholders for the types that differ. Used only by JdbcUpgradeTest.
create table cs_upgrade_probe (
  organization_id ${uuid} not null,
  id ${uuid} not null,
  body ${text} not null,
  recorded_at ${timestamp} not null,
  primary key (organization_id, id)
) ${table_options};

insert into cs_upgrade_probe (organization_id, id, body, recorded_at)
select organization_id, id, status, created_at from cs_customers;
