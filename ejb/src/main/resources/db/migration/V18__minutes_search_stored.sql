-- What each meeting title, agenda item and outcome says for searching, stored with the row (issue 16's load benchmark).
-- V15.3 indexed the expression minutes_search_vector(...), but a search still computed it again for every row it
-- looked at: to rank the hits, and for the items of the task force's meetings, which the planner reads by meeting
-- rather than through the index. At national scale (600 meetings and 2,000 items per task force) a search for a
-- common word ("trata") took 1.1 to 1.4 s, nearly all of it in to_tsvector. Stored, the vector is computed once per
-- write and read at the cost of a column. Same words, same matches.
drop index meeting_search;
drop index agenda_item_search;
drop index outcome_search;

alter table meeting add column search_vector tsvector
    generated always as (minutes_search_vector(title)) stored;
alter table agenda_item add column search_vector tsvector
    generated always as (minutes_search_vector(title || ' ' || coalesce(notes, ''))) stored;
alter table outcome add column search_vector tsvector
    generated always as (minutes_search_vector(text)) stored;

create index meeting_search on meeting using gin (search_vector);
create index agenda_item_search on agenda_item using gin (search_vector);
create index outcome_search on outcome using gin (search_vector);
