-- The corpus file's last-modified time when the document was stored from it (null for uploads and replaced
-- content). With source_name and size_bytes it lets a restart recognise an unchanged corpus file without
-- reading and hashing it. Plain SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.
alter table document add column source_modified_at timestamp with time zone;
