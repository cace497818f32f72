-- issue 7: listings stay flat as the tables grow.

-- Row counts of the listed tables, kept by statement-level triggers, so an unfiltered totalCount is a sum of a few
-- rows instead of a scan. Each table's count is spread over 64 shards picked by backend: concurrent writers update
-- different rows and never wait on one another; a transaction touches only its own backend's shard.
create table row_count (
    table_name text   not null,
    shard      int    not null,
    n          bigint not null,
    primary key (table_name, shard)
);

insert into row_count (table_name, shard, n)
select t, s, 0 from unnest(array['article', 'person', 'quote', 'editorial_item']) t, generate_series(0, 63) s;
update row_count set n = (select count(*) from article) where table_name = 'article' and shard = 0;
update row_count set n = (select count(*) from person) where table_name = 'person' and shard = 0;
update row_count set n = (select count(*) from quote) where table_name = 'quote' and shard = 0;
update row_count set n = (select count(*) from editorial_item) where table_name = 'editorial_item' and shard = 0;

create function row_count_added() returns trigger language plpgsql as $$
begin
    update row_count set n = n + (select count(*) from added)
    where table_name = TG_TABLE_NAME and shard = pg_backend_pid() % 64;
    return null;
end $$;

create function row_count_removed() returns trigger language plpgsql as $$
begin
    update row_count set n = n - (select count(*) from removed)
    where table_name = TG_TABLE_NAME and shard = pg_backend_pid() % 64;
    return null;
end $$;

create function row_count_truncated() returns trigger language plpgsql as $$
begin
    update row_count set n = 0 where table_name = TG_TABLE_NAME;
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['article', 'person', 'quote', 'editorial_item'] loop
        execute format('create trigger %1$s_added after insert on %1$I referencing new table as added'
            ' for each statement execute function row_count_added()', t);
        execute format('create trigger %1$s_removed after delete on %1$I referencing old table as removed'
            ' for each statement execute function row_count_removed()', t);
        execute format('create trigger %1$s_truncated after truncate on %1$I'
            ' for each statement execute function row_count_truncated()', t);
    end loop;
end $$;

-- articleByUrl matches url or canonical_url: both need an index.
create index article_canonical_url_idx on article (canonical_url);
