-- Letters are rendered behind the step that sends them: a document is recorded with its data at once, and its PDF,
-- hash, size and page count follow when a renderer has laid it out.
alter table document alter column sha256 drop not null;
alter table document alter column size_bytes drop not null;
alter table document alter column pages drop not null;
alter table document add column currency varchar(3) default 'USD' not null;
alter table document add column rendered_at timestamp with time zone;
alter table document add column render_claimed_at timestamp with time zone;
alter table document add column render_attempts integer default 0 not null;
update document set rendered_at = created_at;
create index ix_document_rendering on document (status, id);
