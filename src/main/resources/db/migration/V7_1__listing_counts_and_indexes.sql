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

create trigger article_added after insert on article referencing new table as added
    for each statement execute function row_count_added();
create trigger article_removed after delete on article referencing old table as removed
    for each statement execute function row_count_removed();
create trigger article_truncated after truncate on article for each statement execute function row_count_truncated();
create trigger person_added after insert on person referencing new table as added
    for each statement execute function row_count_added();
create trigger person_removed after delete on person referencing old table as removed
    for each statement execute function row_count_removed();
create trigger person_truncated after truncate on person for each statement execute function row_count_truncated();
create trigger quote_added after insert on quote referencing new table as added
    for each statement execute function row_count_added();
create trigger quote_removed after delete on quote referencing old table as removed
    for each statement execute function row_count_removed();
create trigger quote_truncated after truncate on quote for each statement execute function row_count_truncated();
create trigger editorial_item_added after insert on editorial_item referencing new table as added
    for each statement execute function row_count_added();
create trigger editorial_item_removed after delete on editorial_item referencing old table as removed
    for each statement execute function row_count_removed();
create trigger editorial_item_truncated after truncate on editorial_item
    for each statement execute function row_count_truncated();

-- articleByUrl matches url or canonical_url: both need an index.
create index article_canonical_url_idx on article (canonical_url);
