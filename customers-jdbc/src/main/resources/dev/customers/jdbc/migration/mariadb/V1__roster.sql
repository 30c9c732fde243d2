-- MariaDB/MySQL: ids are CHAR(36) (the UUID type of MariaDB reorders v1 UUIDs), text compares binary (utf8mb4_bin).
-- Every roster table is keyed by organization first (DESIGN.md section 6).

create table cs_organizations (
  id char(36) character set ascii collate ascii_bin not null primary key,
  name varchar(200) not null,
  time_zone varchar(64) not null,
  created_at datetime(6) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table cs_persons (
  id char(36) character set ascii collate ascii_bin not null primary key,
  first_name varchar(100) not null,
  last_name varchar(100) not null,
  email varchar(254),
  username varchar(64),
  phone varchar(40),
  birthday date,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  version bigint not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

-- A customer row carries its person's search fields (normalized, see SearchFields) so search,
-- sorting and the one-active-email rule run on this table alone.
create table cs_customers (
  organization_id char(36) character set ascii collate ascii_bin not null,
  id char(36) character set ascii collate ascii_bin not null,
  person_id char(36) character set ascii collate ascii_bin not null,
  status varchar(16) not null,
  joined_on date not null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  archived_at datetime(6),
  version bigint not null,
  sort_name varchar(210) not null,
  s_first varchar(100) not null,
  s_last varchar(100) not null,
  s_full varchar(210) not null,
  s_email varchar(254),
  s_username varchar(64),
  s_phone varchar(40),
  s_all varchar(1100) not null,
  email_key varchar(254),
  active_email_key varchar(254),
  birth_md integer,
  primary key (organization_id, id),
  constraint cs_customers_org_fk foreign key (organization_id) references cs_organizations (id),
  constraint cs_customers_person_fk foreign key (person_id) references cs_persons (id),
  constraint cs_customers_person_uq unique (organization_id, person_id),
  constraint cs_customers_email_uq unique (organization_id, active_email_key)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create index cs_customers_name_ix on cs_customers (organization_id, sort_name, id);
create index cs_customers_joined_ix on cs_customers (organization_id, joined_on, id);
create index cs_customers_birthday_ix on cs_customers (organization_id, birth_md);
create index cs_customers_email_ix on cs_customers (organization_id, s_email);
create index cs_customers_person_ix on cs_customers (person_id);

create table cs_audit (
  organization_id char(36) character set ascii collate ascii_bin not null,
  customer_id char(36) character set ascii collate ascii_bin not null,
  id char(36) character set ascii collate ascii_bin not null,
  action varchar(64) not null,
  actor varchar(300) not null,
  reason varchar(1000),
  recorded_at datetime(6) not null,
  primary key (organization_id, customer_id, id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table cs_audit_changes (
  organization_id char(36) character set ascii collate ascii_bin not null,
  audit_id char(36) character set ascii collate ascii_bin not null,
  seq integer not null,
  field_name varchar(64) not null,
  before_value mediumtext,
  after_value mediumtext,
  primary key (organization_id, audit_id, seq)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table cs_outbox (
  organization_id char(36) character set ascii collate ascii_bin not null,
  id char(36) character set ascii collate ascii_bin not null,
  type varchar(64) not null,
  occurred_at datetime(6) not null,
  payload mediumtext not null,
  delivered boolean not null,
  primary key (organization_id, id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create index cs_outbox_pending_ix on cs_outbox (delivered, id);
