-- The publication rule, stated once: a record is public when it is published and not in the trash.
-- Every public read (pages, API, timeline, home figures, related lists, labels of linked records, exports)
-- joins this view, in SQL by its name and in JPQL through the read-only entity PublishedRecord; curation
-- reads the record table itself, drafts and trash included.
create view published_record as
select id, record_type
from record
where status = 'PUBLISHED' and deleted_at is null;
