-- The host's own table: a membership sale.
create table orders (id bigint auto_increment primary key, customer_id varchar(36) not null, item varchar(100) not null);
