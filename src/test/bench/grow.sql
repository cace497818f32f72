-- Grows the tables to :target articles by copying the articles ingested through the API (the "originals": rows
-- whose url has no '#copy-' suffix), each copy with its own url, identity, dates shifted back by whole days, its own
-- persons (a copy of every person its original names) and its own quotes and mentions.
-- Run: psql -v target=100000 -f grow.sql
\set ON_ERROR_STOP on
select count(*) as originals from article where url not like '%#copy-%' \gset
select coalesce(max(cast(substring(url from '#copy-([0-9]+)$') as int)), 0) as done from article where url like '%#copy-%' \gset
select greatest(0, ceil((:target - :originals) / :originals::numeric)::int) as copies \gset
\echo originals :originals, copies already made :done, copies to reach :target: :copies
select set_config('grow.copies', :'copies', false), set_config('grow.done', :'done', false) \gset
-- Many copies at once: the full-text and trigram indexes are dropped and built once at the end (much cheaper than
-- row by row). Definitions as in the migrations (V17_1, V7_3); an interrupted run leaves them to the next run to rebuild.
select (:copies - :done) > 50 as bulk \gset
\if :bulk
drop index if exists article_search_idx;
drop index if exists article_search_date_idx;
drop index if exists quote_search_idx;
drop index if exists person_search_text_idx;
\endif
set synchronous_commit = off;
set client_min_messages = notice;
create temp table person_map (old_id bigint primary key, new_id bigint);
create temp table article_map (old_id bigint primary key, new_id bigint);
create temp table story_map (old_id bigint primary key, new_id bigint);
set work_mem = '256MB';
set maintenance_work_mem = '1GB';

do $$
declare
    k int;
    total int := current_setting('grow.copies')::int;
    first_copy int := current_setting('grow.done')::int + 1;
    step int;
    r record;
    new_story bigint;
begin
    for k in first_copy .. total loop
        -- one transaction per copy keeps memory flat and lets progress show
        truncate person_map;
        with src as (
            select p.* from person p where p.normalized_name not like '%#copy-%'
        ), ins as (
            insert into person (name, normalized_name, aliases, roles)
            select name, normalized_name || '#copy-' || k, aliases, roles from src
            returning id, normalized_name
        )
        insert into person_map
        select s.id, i.id from ins i join src s on s.normalized_name || '#copy-' || k = i.normalized_name;

        truncate article_map;
        with src as (
            select a.* from article a where a.url not like '%#copy-%'
        ), ins as (
            insert into article (identity_key, url, canonical_url, source, title, description, authors, section,
                language, published_date, published_at, modified_at, lead_image_url, lead_image_caption,
                lead_image_credit, paragraphs, body, word_count, warnings, content_hash, sort_date, ingested_at,
                updated_at)
            select identity_key || '#copy-' || k, url || '#copy-' || k,
                case when canonical_url is null then null else canonical_url || '#copy-' || k end,
                source, title, description, authors, section, language,
                published_date - k, published_at - k * interval '1 day', modified_at, lead_image_url,
                lead_image_caption, lead_image_credit, paragraphs, body, word_count, warnings, content_hash,
                sort_date - k, ingested_at, updated_at
            from src
            returning id, identity_key
        )
        insert into article_map
        select s.id, i.id from ins i join src s on s.identity_key || '#copy-' || k = i.identity_key;

        insert into person_mention (article_id, person_id, roles, mentions, position)
        select am.new_id, pm.new_id, m.roles, m.mentions, m.position
        from person_mention m join article_map am on am.old_id = m.article_id join person_map pm on pm.old_id = m.person_id;

        insert into quote (article_id, text, kind, speaker_id, speaker_name, cue, paragraph, position)
        select am.new_id, q.text, q.kind, pm.new_id, q.speaker_name, q.cue, q.paragraph, q.position
        from quote q join article_map am on am.old_id = q.article_id left join person_map pm on pm.old_id = q.speaker_id;

        insert into editorial_item (article_id, section, title, teaser, url, date, updated, source, position)
        select am.new_id, e.section, e.title, e.teaser, e.url, e.date, e.updated, e.source, e.position
        from editorial_item e join article_map am on am.old_id = e.article_id;

        -- issue 14: each copy's articles form copies of their originals' stories, k days earlier
        truncate story_map;
        for r in select distinct sa.story_id from story_article sa join article_map am on am.old_id = sa.article_id
        loop
            insert into story (title, first_published_at, last_published_at, article_count, source_count, updated_at)
            select title, first_published_at - k * interval '1 day', last_published_at - k * interval '1 day',
                article_count, source_count, updated_at from story where id = r.story_id
            returning id into new_story;
            insert into story_map values (r.story_id, new_story);
        end loop;
        insert into story_article (article_id, story_id, copy_of, published_at, day, site, centrality, signature,
            shingles, terms, weights, indexed)
        select am.new_id, sm.new_id, cm.new_id, sa.published_at - k * interval '1 day', sa.day - k, sa.site,
            sa.centrality, sa.signature, sa.shingles, sa.terms, sa.weights, sa.indexed
        from story_article sa join article_map am on am.old_id = sa.article_id
            join story_map sm on sm.old_id = sa.story_id left join article_map cm on cm.old_id = sa.copy_of;
        insert into story_term (term, day, article_id)
        select distinct unnest(sa.indexed), sa.day - k, am.new_id
        from story_article sa join article_map am on am.old_id = sa.article_id;
        insert into story_band (band, article_id)
        select b.band, am.new_id from story_band b join article_map am on am.old_id = b.article_id;

        if k % 20 = 0 then
            raise notice 'copy % of %', k, total;
        end if;
        commit;
    end loop;
end $$;
create index if not exists article_search_date_idx on article using gin (search, sort_date);
create index if not exists quote_search_idx on quote using gin (search);
create index if not exists person_search_text_idx on person using gin (search_text gin_trgm_ops);
