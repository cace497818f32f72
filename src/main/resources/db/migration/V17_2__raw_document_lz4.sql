-- issue 17: the raw page is the largest value an ingest writes (160 KB on average for the dev pages). PostgreSQL's
-- default pglz compression cost about 4.5 ms of database CPU a page, lz4 about 1 ms, for the same size on disk; it
-- applies to values written from now on. Servers built without lz4 keep pglz.
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
        alter table raw_document alter column content set compression lz4;
    end if;
end $$;
