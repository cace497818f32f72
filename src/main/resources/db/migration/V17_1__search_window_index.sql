-- issue 17: a search looks for its newest matches window by window back from the newest article
-- (search @@ query and sort_date >= since; see ArticleQueries.candidates). One GIN index over both columns (btree_gin
-- gives dates GIN operator classes) answers that from the index, visiting only the matches inside the window, and
-- serves the search condition alone as the single-column index did, which it replaces.
create extension if not exists btree_gin;
create index if not exists article_search_date_idx on article using gin (search, sort_date);
drop index if exists article_search_idx;
