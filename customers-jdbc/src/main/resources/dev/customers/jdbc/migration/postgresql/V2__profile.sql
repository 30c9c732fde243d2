-- Profile data: custom fields, tags, notes, metrics and consent. Keyed by organization first.

create table cs_field_definitions (
  organization_id uuid not null,
  id uuid not null,
  field_key varchar(64) not null,
  label varchar(100) not null,
  help_text varchar(500) not null,
  field_type varchar(20) not null,
  required boolean not null,
  choices text not null,
  scope varchar(10) not null,
  staff_view varchar(10) not null,
  staff_edit varchar(10) not null,
  customer_view boolean not null,
  customer_edit boolean not null,
  personal_data boolean not null,
  write_once boolean not null,
  display_position integer not null,
  archived boolean not null,
  created_at timestamp(6) not null,
  updated_at timestamp(6) not null,
  version bigint not null,
  primary key (organization_id, id),
  constraint cs_field_definitions_key_uq unique (organization_id, field_key)
);

-- One row per value (a multiple-choice field has one per choice). v_key holds the text when it is
-- short enough to index (255), v_num and v_date the typed copies that range filters compare, and
-- v_search the normalized text search matches (SearchText.fieldText).
create table cs_field_values (
  organization_id uuid not null,
  field_id uuid not null,
  owner_id uuid not null,
  ordinal integer not null,
  v_text text not null,
  v_key varchar(255),
  v_num decimal(26, 6),
  v_date date,
  v_search varchar(1000),
  primary key (organization_id, field_id, owner_id, ordinal)
);

create index cs_field_values_owner_ix on cs_field_values (organization_id, owner_id);
create index cs_field_values_key_ix on cs_field_values (organization_id, field_id, v_key);
create index cs_field_values_num_ix on cs_field_values (organization_id, field_id, v_num);
create index cs_field_values_date_ix on cs_field_values (organization_id, field_id, v_date);

create table cs_tags (
  organization_id uuid not null,
  id uuid not null,
  name varchar(50) not null,
  name_key varchar(50) not null,
  colour varchar(7) not null,
  created_at timestamp(6) not null,
  version bigint not null,
  primary key (organization_id, id),
  constraint cs_tags_name_uq unique (organization_id, name_key)
);

create table cs_customer_tags (
  organization_id uuid not null,
  tag_id uuid not null,
  customer_id uuid not null,
  primary key (organization_id, tag_id, customer_id)
);

create index cs_customer_tags_customer_ix on cs_customer_tags (organization_id, customer_id);

create table cs_notes (
  organization_id uuid not null,
  id uuid not null,
  customer_id uuid not null,
  author varchar(300) not null,
  body text not null,
  visibility varchar(10) not null,
  pinned boolean not null,
  alert boolean not null,
  created_at timestamp(6) not null,
  updated_at timestamp(6) not null,
  deleted_at timestamp(6),
  version bigint not null,
  primary key (organization_id, id)
);

create index cs_notes_customer_ix on cs_notes (organization_id, customer_id, created_at, id);

create table cs_note_revisions (
  organization_id uuid not null,
  note_id uuid not null,
  revision_number integer not null,
  edited_by varchar(300) not null,
  edited_at timestamp(6) not null,
  previous_text text not null,
  primary key (organization_id, note_id, revision_number)
);

create table cs_metric_definitions (
  organization_id uuid not null,
  id uuid not null,
  metric_key varchar(64) not null,
  name varchar(100) not null,
  unit varchar(20) not null,
  kind varchar(10) not null,
  decimals integer not null,
  created_at timestamp(6) not null,
  version bigint not null,
  primary key (organization_id, id),
  constraint cs_metric_definitions_key_uq unique (organization_id, metric_key)
);

create table cs_metric_readings (
  organization_id uuid not null,
  id uuid not null,
  customer_id uuid not null,
  metric_id uuid not null,
  reading_value decimal(26, 6) not null,
  recorded_at timestamp(6) not null,
  source varchar(50) not null,
  recorded_by varchar(300) not null,
  primary key (organization_id, id)
);

create index cs_metric_readings_ix on cs_metric_readings (organization_id, customer_id, metric_id, recorded_at, id);

-- The latest reading per customer and metric, kept on write so profiles and filters read one row.
create table cs_metric_current (
  organization_id uuid not null,
  customer_id uuid not null,
  metric_id uuid not null,
  reading_id uuid not null,
  reading_value decimal(26, 6) not null,
  recorded_at timestamp(6) not null,
  source varchar(50) not null,
  recorded_by varchar(300) not null,
  primary key (organization_id, customer_id, metric_id)
);

create index cs_metric_current_value_ix on cs_metric_current (organization_id, metric_id, reading_value);

create table cs_consent_purposes (
  organization_id uuid not null,
  purpose_key varchar(64) not null,
  label varchar(100) not null,
  primary key (organization_id, purpose_key)
);

create table cs_consent_history (
  organization_id uuid not null,
  id uuid not null,
  customer_id uuid not null,
  purpose varchar(64) not null,
  status varchar(10) not null,
  recorded_at timestamp(6) not null,
  source varchar(50) not null,
  recorded_by varchar(300) not null,
  primary key (organization_id, id)
);

create index cs_consent_history_customer_ix on cs_consent_history (organization_id, customer_id);

create table cs_consent_current (
  organization_id uuid not null,
  customer_id uuid not null,
  purpose varchar(64) not null,
  record_id uuid not null,
  status varchar(10) not null,
  recorded_at timestamp(6) not null,
  source varchar(50) not null,
  recorded_by varchar(300) not null,
  primary key (organization_id, customer_id, purpose)
);

create index cs_consent_current_ix on cs_consent_current (organization_id, purpose, status);

-- Audit changes now name custom fields ("field." and a 64-character key).
alter table cs_audit_changes alter column field_name type varchar(80);
