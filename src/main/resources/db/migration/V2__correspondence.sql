-- Correspondence: documents as sent, the e-mail outbox, opt-outs and print batches.

alter table collection_case add column validation_notice_sent_on date;
alter table collection_case add column validation_period_ends date;

-- Every letter (and later every court packet) exactly as produced. A document is made once per occasion of a case:
-- the unique key stops a retried job or a second node from producing it twice.
create sequence document_seq start with 1 increment by 50;
create table document (
    id                bigint        primary key,
    case_id           bigint        not null references collection_case (id),
    kind              varchar(40)   not null,
    occasion          varchar(120)  not null,
    title             varchar(200)  not null,
    template          varchar(120)  not null,
    template_version  integer       not null,
    language          varchar(2)    not null,
    channel           varchar(8)    not null,
    status            varchar(16)   not null,
    media_type        varchar(60)   not null,
    size_bytes        integer       not null,
    pages             integer       not null,
    sha256            varchar(64)   not null,
    data              text          not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(64)   not null,
    letter_date       date          not null,
    print_batch_id    bigint,
    sent_at           timestamp with time zone,
    version           bigint        not null,
    constraint uq_document_occasion unique (case_id, occasion)
);
create index ix_document_case on document (case_id, created_at);
create index ix_document_print on document (channel, status);

-- The bytes, apart from the document's description so that lists never load them.
create table document_content (
    document_id  bigint  primary key references document (id),
    content      bytea   not null
);

-- The transactional outbox: written with the business change, sent by the dispatcher afterwards.
create sequence outbox_mail_seq start with 1 increment by 50;
create table outbox_mail (
    id               bigint        primary key,
    case_id          bigint        references collection_case (id),
    document_id      bigint        references document (id),
    recipient        varchar(254)  not null,
    subject          varchar(300)  not null,
    body             text          not null,
    attach_document  boolean       not null,
    status           varchar(12)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone not null,
    claimed_by       varchar(64),
    claimed_at       timestamp with time zone,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    version          bigint        not null
);
create index ix_outbox_mail_due on outbox_mail (status, next_attempt_at);
create index ix_outbox_mail_case on outbox_mail (case_id);

-- Addresses that asked for no more e-mail. Honoured from the moment the row commits.
create table email_opt_out (
    address        varchar(254)  primary key,
    opted_out_at   timestamp with time zone not null,
    source         varchar(40)   not null
);

-- A day's letters for the post, handed to a mail house as one PDF and a manifest.
create sequence print_batch_seq start with 1 increment by 50;
create table print_batch (
    id            bigint        primary key,
    status        varchar(12)   not null,
    letters       integer       not null,
    pages         integer       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)   not null,
    confirmed_at  timestamp with time zone,
    confirmed_by  varchar(64),
    mailed_on     date,
    version       bigint        not null
);
alter table document add constraint fk_document_print_batch foreign key (print_batch_id) references print_batch (id);

insert into cluster_lock (name) values ('print-batch');
