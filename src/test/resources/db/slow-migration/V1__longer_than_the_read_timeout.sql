-- NoReadTimeoutWhileMigratingTest: PostgreSQL sends nothing for 2 s, as while it builds a large index.
select pg_sleep(2);
