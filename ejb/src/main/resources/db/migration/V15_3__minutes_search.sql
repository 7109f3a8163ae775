-- Full-text search over the minutes (issue 16): meeting titles, agenda items with their notes, and outcomes (decisions,
-- actions, information), in Spanish and English with accents ignored ("trata" finds "Trata", "niños" finds "ninos").
-- unaccent is a trusted extension (PostgreSQL 13 and later): the database's owner, who runs the migrations, may
-- create it. Two text search configurations fold accents before stemming; the portal searches with both at once.

create extension if not exists unaccent;

create text search configuration portal_es (copy = spanish);
alter text search configuration portal_es
    alter mapping for hword, hword_part, word with unaccent, spanish_stem;
create text search configuration portal_en (copy = english);
alter text search configuration portal_en
    alter mapping for hword, hword_part, word with unaccent, english_stem;

-- What a row says, for searching: both languages' stems. HTML tags in notes are tokens no dictionary maps: ignored.
create function minutes_search_vector(body text) returns tsvector
    language sql immutable parallel safe as $$
    select to_tsvector('public.portal_es'::regconfig, coalesce(body, ''))
           || to_tsvector('public.portal_en'::regconfig, coalesce(body, ''))
$$;

-- What a person typed, for searching: a match in either language's stems.
create function minutes_search_query(words text) returns tsquery
    language sql immutable parallel safe as $$
    select plainto_tsquery('public.portal_es'::regconfig, words) || plainto_tsquery('public.portal_en'::regconfig, words)
$$;

create index meeting_search on meeting using gin (minutes_search_vector(title));
create index agenda_item_search on agenda_item
    using gin (minutes_search_vector(title || ' ' || coalesce(notes, '')));
create index outcome_search on outcome using gin (minutes_search_vector(text));
