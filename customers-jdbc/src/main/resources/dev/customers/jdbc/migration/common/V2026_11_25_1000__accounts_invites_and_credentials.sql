-- Customer accounts: invites to claim an account, found by the SHA-256 hash of their token (the
-- token itself is never stored), and each person's password on the organization's roster as an
-- Argon2id hash in PHC format, with the count of wrong passwords in a row and the lock they set.
create table cs_account_invites (
  organization_id ${uuid} not null,
  token_hash char(64) not null,
  person_id ${uuid} not null,
  purpose varchar(30) not null,
  sent_to varchar(254) not null,
  created_at ${timestamp} not null,
  expires_at ${timestamp} not null,
  state varchar(10) not null,
  ended_at ${timestamp},
  primary key (organization_id, token_hash)
) ${table_options};

create index cs_account_invites_person_ix on cs_account_invites (organization_id, person_id);

create table cs_credentials (
  organization_id ${uuid} not null,
  person_id ${uuid} not null,
  password_hash varchar(200) not null,
  failed_logins integer not null,
  locked_until ${timestamp},
  updated_at ${timestamp} not null,
  primary key (organization_id, person_id)
) ${table_options};
