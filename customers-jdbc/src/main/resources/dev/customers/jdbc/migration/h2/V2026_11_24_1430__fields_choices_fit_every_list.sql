-- A field's choices are stored one per line: the most StoredText allows (200 choices of 100
-- characters and the line breaks between them) needs more than the 20,000 characters this column
-- had on H2. PostgreSQL and MariaDB hold them in text columns already.
alter table cs_field_definitions alter column choices set data type varchar(100000);
