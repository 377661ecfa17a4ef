-- Recourse's own tables. Camunda owns ACT_*; everything here is Flyway's.
-- Written in the SQL that both PostgreSQL and H2 (the embedded default) accept.
-- Identifiers come from sequences (allocation 50) so that Hibernate can batch inserts.

create sequence creditor_seq start with 1 increment by 50;
create table creditor (
    id          bigint       primary key,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null,
    constraint uq_creditor_code unique (code)
);

create sequence debtor_seq start with 1 increment by 50;
create table debtor (
    id                  bigint       primary key,
    first_name          varchar(100) not null,
    last_name           varchar(100) not null,
    date_of_birth       date,
    preferred_language  varchar(2)   not null,
    state_of_residence  varchar(2)   not null,
    created_at          timestamp with time zone not null
);

create sequence debtor_address_seq start with 1 increment by 50;
create table debtor_address (
    id           bigint       primary key,
    debtor_id    bigint       not null references debtor (id),
    kind         varchar(16)  not null,
    line1        varchar(200) not null,
    line2        varchar(200),
    city         varchar(100) not null,
    state        varchar(2)   not null,
    postal_code  varchar(10)  not null,
    country      varchar(2)   not null
);
create index ix_debtor_address_debtor on debtor_address (debtor_id);

create sequence debtor_phone_seq start with 1 increment by 50;
create table debtor_phone (
    id         bigint      primary key,
    debtor_id  bigint      not null references debtor (id),
    number     varchar(16) not null,
    kind       varchar(16) not null
);
create index ix_debtor_phone_debtor on debtor_phone (debtor_id);

create sequence debtor_email_seq start with 1 increment by 50;
create table debtor_email (
    id                bigint       primary key,
    debtor_id         bigint       not null references debtor (id),
    address           varchar(254) not null,
    consent_to_email  boolean      not null
);
create index ix_debtor_email_debtor on debtor_email (debtor_id);

create sequence account_seq start with 1 increment by 50;
create table account (
    id                     bigint        primary key,
    creditor_id            bigint        not null references creditor (id),
    account_number         varchar(64)   not null,
    debtor_id              bigint        not null references debtor (id),
    original_creditor      varchar(200)  not null,
    current_creditor       varchar(200)  not null,
    product                varchar(24)   not null,
    currency               varchar(3)    not null,
    itemization_date_type  varchar(16)   not null,
    itemization_date       date          not null,
    itemization_amount     numeric(19,2) not null,
    charge_off_date        date,
    charge_off_balance     numeric(19,2),
    last_payment_date      date,
    last_payment_amount    numeric(19,2),
    delinquency_date       date          not null,
    placed_at              timestamp with time zone not null,
    constraint uq_account_creditor_number unique (creditor_id, account_number)
);
create index ix_account_debtor on account (debtor_id);

-- Append-only: balances are derived from the entries, never stored.
-- amount is signed: positive raises what is owed (charges, interest, fees), negative lowers it (payments, credits).
create sequence ledger_entry_seq start with 1 increment by 50;
create table ledger_entry (
    id              bigint        primary key,
    account_id      bigint        not null references account (id),
    kind            varchar(20)   not null,
    amount          numeric(19,2) not null,
    effective_date  date          not null,
    reference       varchar(100),
    description     varchar(200),
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(64)   not null,
    constraint uq_ledger_reference unique (reference)
);
create index ix_ledger_entry_account on ledger_entry (account_id, effective_date);

-- A case is an account under collection: it shares the account's id, and its number is RC- and that id.
create table collection_case (
    id                  bigint       primary key references account (id),
    case_number         varchar(20)  not null,
    status              varchar(20)  not null,
    segment             varchar(32),
    priority            integer,
    queue               varchar(40),
    assigned_collector  varchar(64),
    contact_attempts    integer      not null,
    opened_at           timestamp with time zone not null,
    closed_at           timestamp with time zone,
    close_reason        varchar(32),
    version             bigint       not null,
    constraint uq_case_number unique (case_number)
);
create index ix_case_status_queue on collection_case (status, queue);

-- The case history: who did what to which case, when and why. Append-only.
create sequence case_event_seq start with 1 increment by 50;
create table case_event (
    id           bigint        primary key,
    case_id      bigint        not null references collection_case (id),
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)   not null,
    kind         varchar(40)   not null,
    detail       varchar(2000)
);
create index ix_case_event_case on case_event (case_id, occurred_at);

-- Promises, plans and settlements, with their installments.
create sequence arrangement_seq start with 1 increment by 50;
create table arrangement (
    id                    bigint        primary key,
    case_id               bigint        not null references collection_case (id),
    kind                  varchar(16)   not null,
    status                varchar(20)   not null,
    total_amount          numeric(19,2) not null,
    balance_at_proposal   numeric(19,2) not null,
    frequency             varchar(12),
    proposed_by           varchar(64)   not null,
    proposed_at           timestamp with time zone not null,
    decided_by            varchar(64),
    decided_at            timestamp with time zone,
    decision_note         varchar(500),
    version               bigint        not null
);
create index ix_arrangement_case on arrangement (case_id);

create sequence installment_seq start with 1 increment by 50;
create table installment (
    id              bigint        primary key,
    arrangement_id  bigint        not null references arrangement (id),
    seq             integer       not null,
    due_date        date          not null,
    amount          numeric(19,2) not null,
    status          varchar(12)   not null,
    judged_at       timestamp with time zone,
    constraint uq_installment_seq unique (arrangement_id, seq)
);

-- Portfolio files: progress is committed with each chunk of placed rows, so an import resumes where it stopped.
create sequence portfolio_import_seq start with 1 increment by 50;
create table portfolio_import (
    id                 bigint        primary key,
    file_name          varchar(255)  not null,
    status             varchar(12)   not null,
    records_read       bigint        not null,
    records_placed     bigint        not null,
    records_duplicate  bigint        not null,
    records_rejected   bigint        not null,
    failure            varchar(1000),
    owner              varchar(64),
    submitted_by       varchar(64)   not null,
    submitted_at       timestamp with time zone not null,
    started_at         timestamp with time zone,
    finished_at        timestamp with time zone,
    heartbeat_at       timestamp with time zone,
    version            bigint        not null
);

-- The row-numbered report of a portfolio file: every rejected row's problems, and every duplicate.
create sequence import_report_line_seq start with 1 increment by 50;
create table import_report_line (
    id           bigint        primary key,
    import_id    bigint        not null references portfolio_import (id),
    line_number  bigint        not null,
    kind         varchar(12)   not null,
    field        varchar(64),
    message      varchar(500)  not null
);
create index ix_import_report_line_import on import_report_line (import_id, line_number);

-- Rows to lock when one node must do a thing alone (set up groups and filters, load demo data).
create table cluster_lock (
    name  varchar(64) primary key
);
insert into cluster_lock (name) values ('identity-setup');
insert into cluster_lock (name) values ('demo-data');
