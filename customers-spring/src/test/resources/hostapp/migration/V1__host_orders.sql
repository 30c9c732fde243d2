-- The host application's own first migration, run by Spring Boot's Flyway.
create table host_orders (id integer primary key, note varchar(100));
