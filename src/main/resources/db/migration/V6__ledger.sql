-- The ledger to the cent: every entry says which parts of the balance it moves (principal, interest, fees), a
-- reversal points at the payment it undoes, and refunds of a credit balance wait for a manager's decision.
-- Payment files are posted like portfolio files: staged, chunk by chunk, resumable, with a row-numbered report.

-- The parts of each entry. The check keeps every entry's parts adding up to its amount, so that the parts of a
-- balance (sums of these columns) always add up to the balance (the sum of the amounts).
alter table ledger_entry add column principal numeric(19,2) default 0 not null;
alter table ledger_entry add column interest numeric(19,2) default 0 not null;
alter table ledger_entry add column fees numeric(19,2) default 0 not null;

-- Entries written before the parts existed. Charges are their own part; a positive adjustment was a correction
-- of what is owed, counted as principal.
update ledger_entry set principal = amount where kind = 'ITEMIZATION';
update ledger_entry set interest = amount where kind = 'INTEREST';
update ledger_entry set fees = amount where kind = 'FEE';
update ledger_entry set principal = amount where kind = 'ADJUSTMENT' and amount > 0;

-- Credits (prior credits, payments, write-offs) are applied as they were recorded, in the default allocation
-- order: fees, then interest, then principal, which also takes what was paid beyond everything owed.
create table ledger_part_backfill as
select e.id,
       -e.amount as credit,
       coalesce(sum(-e.amount) over (partition by e.account_id order by e.recorded_at, e.id
           rows between unbounded preceding and 1 preceding), 0) as credited_before,
       (select coalesce(sum(f.amount), 0) from ledger_entry f where f.account_id = e.account_id and f.kind = 'FEE')
           as owed_fees,
       (select coalesce(sum(i.amount), 0) from ledger_entry i where i.account_id = e.account_id and i.kind = 'INTEREST')
           as owed_interest
from ledger_entry e
where e.kind in ('PRIOR_CREDIT', 'PAYMENT', 'ADJUSTMENT') and e.amount < 0;

update ledger_entry set
    fees = -(select greatest(0, least(b.credited_before + b.credit, b.owed_fees) - least(b.credited_before, b.owed_fees))
             from ledger_part_backfill b where b.id = ledger_entry.id),
    interest = -(select greatest(0, least(b.credited_before + b.credit, b.owed_fees + b.owed_interest)
                     - greatest(b.credited_before, b.owed_fees))
                 from ledger_part_backfill b where b.id = ledger_entry.id)
where id in (select id from ledger_part_backfill);
update ledger_entry set principal = amount - fees - interest where id in (select id from ledger_part_backfill);
drop table ledger_part_backfill;

alter table ledger_entry alter column principal drop default;
alter table ledger_entry alter column interest drop default;
alter table ledger_entry alter column fees drop default;
alter table ledger_entry add constraint ck_ledger_entry_parts check (amount = principal + interest + fees);

-- A reversal undoes one payment, once: the unique key decides when two nodes reverse the same payment at once.
alter table ledger_entry add column reverses_entry_id bigint;
alter table ledger_entry add constraint fk_ledger_entry_reverses foreign key (reverses_entry_id) references ledger_entry (id);
alter table ledger_entry add constraint uq_ledger_entry_reverses unique (reverses_entry_id);
alter table ledger_entry add column reversal_reason varchar(12);

-- Payment files: progress is committed with each chunk of posted rows, so a file resumes where it stopped.
create sequence payment_file_seq start with 1 increment by 50;
create table payment_file (
    id                   bigint        primary key,
    file_name            varchar(255)  not null,
    status               varchar(12)   not null,
    rows_read            bigint        not null,
    rows_posted          bigint        not null,
    rows_already_posted  bigint        not null,
    rows_rejected        bigint        not null,
    failure              varchar(1000),
    owner                varchar(64),
    submitted_by         varchar(64)   not null,
    submitted_at         timestamp with time zone not null,
    started_at           timestamp with time zone,
    finished_at          timestamp with time zone,
    heartbeat_at         timestamp with time zone,
    version              bigint        not null
);

-- The payment a file posted, so that a reference repeated further down the same file is told apart from one
-- posted before by another file or over the API.
alter table ledger_entry add column payment_file_id bigint;
alter table ledger_entry add constraint fk_ledger_entry_payment_file foreign key (payment_file_id) references payment_file (id);

-- The row-numbered report of a payment file: every problem of a rejected row, and every row already posted.
create sequence payment_file_line_seq start with 1 increment by 50;
create table payment_file_line (
    id               bigint        primary key,
    payment_file_id  bigint        not null references payment_file (id),
    line_number      bigint        not null,
    kind             varchar(16)   not null,
    field            varchar(64),
    reference        varchar(100),
    message          varchar(500)  not null
);
create index ix_payment_file_line_file on payment_file_line (payment_file_id, line_number);
create index ix_payment_file_line_reference on payment_file_line (payment_file_id, reference);

-- Refunds of a credit balance: requested by one person, decided by another; an approval records a REFUND entry.
create sequence refund_seq start with 1 increment by 50;
create table refund (
    id            bigint        primary key,
    account_id    bigint        not null references account (id),
    case_number   varchar(20)   not null,
    amount        numeric(19,2) not null,
    reason        varchar(500)  not null,
    status        varchar(10)   not null,
    requested_by  varchar(64)   not null,
    requested_at  timestamp with time zone not null,
    decided_by    varchar(64),
    decided_at    timestamp with time zone,
    note          varchar(500),
    entry_id      bigint        references ledger_entry (id),
    version       bigint        not null,
    constraint uq_refund_entry unique (entry_id),
    constraint ck_refund_amount check (amount > 0)
);
create index ix_refund_status on refund (status, requested_at);
create index ix_refund_account on refund (account_id, status);
