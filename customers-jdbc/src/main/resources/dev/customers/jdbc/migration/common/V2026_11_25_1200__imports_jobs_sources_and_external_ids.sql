-- Roster import: each job with its options and counts (updated in the transaction of each batch it
-- commits, so a resumed job knows exactly where it stopped) and the claim of the instance running
-- it; the source's bytes in chunks, so that any instance can resume the job; each failed row; the
-- mappings an organization saved; and the external ids imports match customers by.
create table cs_import_jobs (
  organization_id ${uuid} not null,
  id ${uuid} not null,
  status varchar(24) not null,
  options ${text} not null,
  source_kind varchar(20) not null,
  source_chunks integer not null,
  actor varchar(1000) not null,
  header ${text},
  rows_read bigint not null,
  rows_created bigint not null,
  rows_updated bigint not null,
  rows_unchanged bigint not null,
  rows_failed bigint not null,
  claimed_by varchar(100),
  claimed_until ${timestamp},
  cancel_requested boolean not null,
  problem ${text},
  created_at ${timestamp} not null,
  updated_at ${timestamp} not null,
  primary key (organization_id, id)
) ${table_options};

create table cs_import_sources (
  organization_id ${uuid} not null,
  job_id ${uuid} not null,
  chunk_index integer not null,
  bytes ${bytes} not null,
  primary key (organization_id, job_id, chunk_index)
) ${table_options};

create table cs_import_failed_rows (
  organization_id ${uuid} not null,
  job_id ${uuid} not null,
  line bigint not null,
  row_data ${text} not null,
  primary key (organization_id, job_id, line)
) ${table_options};

create table cs_import_mappings (
  organization_id ${uuid} not null,
  name varchar(100) not null,
  mapping ${text} not null,
  saved_at ${timestamp} not null,
  primary key (organization_id, name)
) ${table_options};

create table cs_external_ids (
  organization_id ${uuid} not null,
  customer_id ${uuid} not null,
  external_id varchar(100) not null,
  primary key (organization_id, customer_id)
) ${table_options};

create unique index cs_external_ids_ux on cs_external_ids (organization_id, external_id);
