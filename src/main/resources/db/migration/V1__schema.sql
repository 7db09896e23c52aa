-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL: no dialect-specific types.
create sequence document_seq start with 1 increment by 50;
create sequence clause_seq start with 1 increment by 50;
create sequence task_seq start with 1 increment by 50;
create sequence target_seq start with 1 increment by 50;
create sequence doc_reference_seq start with 1 increment by 50;

create table document (
    id              bigint primary key,
    source_name     varchar(1024) not null,
    sha256          varchar(64)   not null,
    media_type      varchar(255),
    size_bytes      bigint,
    doc_number      varchar(255),
    number_key      varchar(255),
    doc_type        varchar(255),
    issuer          varchar(1024),
    place           varchar(255),
    issued_date     date,
    meeting_date    date,
    title           text,
    signer          varchar(255),
    about           varchar(255),
    source_site     varchar(255),
    body            text          not null,
    warnings        text,
    ingested_at     timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint document_sha256_unique unique (sha256)
);
create index document_number_key_idx on document (number_key);
create index document_source_name_idx on document (source_name);

create table clause (
    id           bigint primary key,
    document_id  bigint not null references document (id) on delete cascade,
    ord          integer not null,
    path         varchar(512) not null,
    parent_path  varchar(512),
    label        varchar(255),
    heading      text,
    clause_text  text,
    start_offset integer not null,
    end_offset   integer not null,
    kind         varchar(32) not null,
    cells        text
);
create index clause_document_idx on clause (document_id, ord);

create table task (
    id             bigint primary key,
    document_id    bigint not null references document (id) on delete cascade,
    ord            integer not null,
    clause_path    varchar(512),
    task_text      text not null,
    text_folded    text not null,
    collective     boolean not null,
    product        text,
    deadline_text  varchar(1024),
    deadline_from  date,
    deadline_to    date,
    deadline_kind  varchar(32) not null
);
create index task_document_idx on task (document_id, ord);

create table task_agency (
    task_id     bigint not null references task (id) on delete cascade,
    ord         integer not null,
    agency_role varchar(16) not null,
    agency_id   varchar(255) not null,
    agency_name varchar(1024) not null,
    as_written  varchar(1024),
    primary key (task_id, ord)
);
create index task_agency_agency_idx on task_agency (agency_id, agency_role);

create table target (
    id           bigint primary key,
    document_id  bigint not null references document (id) on delete cascade,
    ord          integer not null,
    clause_path  varchar(512),
    group_heading text,
    target_text  text not null,
    text_folded  text not null,
    target_year  integer,
    indicator    varchar(512)
);
create index target_document_idx on target (document_id, ord);
create index target_indicator_idx on target (indicator);

create table target_value (
    target_id  bigint not null references target (id) on delete cascade,
    ord        integer not null,
    num_value  numeric(38, 6),
    num_upper  numeric(38, 6),
    unit       varchar(255),
    comparator varchar(64),
    primary key (target_id, ord)
);

create table doc_reference (
    id           bigint primary key,
    document_id  bigint not null references document (id) on delete cascade,
    ord          integer not null,
    ref_number   varchar(255) not null,
    number_key   varchar(255) not null,
    as_written   varchar(512),
    ref_type     varchar(255),
    ref_date     date,
    issuer       varchar(1024),
    relation     varchar(32) not null,
    clause_path  varchar(512),
    partial_ref  boolean not null
);
create index doc_reference_document_idx on doc_reference (document_id, ord);
create index doc_reference_number_idx on doc_reference (number_key);

-- The database's count of index-affecting writes; the Lucene commit records the generation it reflects.
create table index_state (
    id         integer primary key,
    generation bigint not null
);
insert into index_state (id, generation) values (1, 0);
