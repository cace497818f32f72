-- issue 7: persons(search:) matches any part of a name or alias; a trigram index finds those rows without reading
-- the whole person table. The function is the indexed expression (array_to_string alone is not immutable).
create extension if not exists pg_trgm;

create function person_search_text(name text, aliases text[]) returns text
    language sql immutable parallel safe
    return lower(name) || chr(31) || lower(array_to_string(aliases, ' '));

create index person_search_idx on person using gin (person_search_text(name, aliases) gin_trgm_ops);
