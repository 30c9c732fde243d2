-- A host application's own first migration, run by the host's own Flyway (default settings).
create table host_orders (id integer primary key, note varchar(100));
