-- Family accounts: a guardian's link to a dependant on one organization's roster, with what the
-- guardian may do for them (a comma-separated list of GuardianPermission names), and the
-- organization's family settings. Both are keyed by organization first, so on Citus they
-- distribute by organization_id with the rest (docs/scaling.md).
create table cs_guardian_links (
  organization_id ${uuid} not null,
  dependant_id ${uuid} not null,
  guardian_id ${uuid} not null,
  relationship varchar(20) not null,
  permissions varchar(200) not null,
  created_at ${timestamp} not null,
  updated_at ${timestamp} not null,
  primary key (organization_id, dependant_id, guardian_id)
) ${table_options};

create index cs_guardian_links_guardian_ix on cs_guardian_links (organization_id, guardian_id);

-- One row per organization that has written a link or a setting: link writes lock it, so two links
-- written at once cannot close a cycle. age_of_majority is null until the organization sets one.
create table cs_family_settings (
  organization_id ${uuid} not null,
  age_of_majority integer,
  primary key (organization_id)
) ${table_options};
