-- The runtime role reaches Todo's tables through the schema that holds them: public for the service,
-- or a schema of its own inside a host application's database. Without USAGE, PostgreSQL silently skips
-- the schema in search_path ("relation tasks does not exist"). public usually grants it to everyone
-- already; granting it again needs rights the migrating user may lack there, so only when missing.
do $$
begin
    if not has_schema_privilege('todo_app', '${flyway:defaultSchema}', 'USAGE') then
        execute format('grant usage on schema %I to todo_app', '${flyway:defaultSchema}');
    end if;
end
$$;
