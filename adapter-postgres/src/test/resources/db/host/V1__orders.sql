-- A host application's own schema history, in public, next to which Todo is embedded.
create table orders (id bigint primary key, item text not null);
create table tasks (id bigint primary key, note text not null);
insert into orders values (1, 'tea');
