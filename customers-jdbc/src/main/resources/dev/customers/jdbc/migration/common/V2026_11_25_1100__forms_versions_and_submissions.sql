-- Forms: every published version of a form, its definition JSON text written by the core (a
-- version never changes), and every submission, found by the sender's id and listed per customer
-- through one row of answers for each customer it is about.
create table cs_forms (
  organization_id ${uuid} not null,
  id ${uuid} not null,
  form_key varchar(64) not null,
  version integer not null,
  definition ${text} not null,
  published_at ${timestamp} not null,
  published_by varchar(200) not null,
  primary key (organization_id, id)
) ${table_options};

create unique index cs_forms_key_version_ux on cs_forms (organization_id, form_key, version);

create table cs_form_submissions (
  organization_id ${uuid} not null,
  submission_id varchar(100) not null,
  form_id ${uuid} not null,
  fingerprint char(64) not null,
  submitted_at ${timestamp} not null,
  submitted_by varchar(200) not null,
  primary key (organization_id, submission_id)
) ${table_options};

create table cs_form_answers (
  organization_id ${uuid} not null,
  submission_id varchar(100) not null,
  answer_index integer not null,
  customer_id ${uuid} not null,
  answers ${text} not null,
  primary key (organization_id, submission_id, answer_index)
) ${table_options};

create index cs_form_answers_customer_ix on cs_form_answers (organization_id, customer_id);
