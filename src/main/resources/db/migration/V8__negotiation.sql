-- Negotiation: income and expenditure statements, countered and expiring settlement offers.
alter table arrangement add column countered_from numeric(19,2);
alter table arrangement add column expires_on date;
-- What a satisfied settlement wrote off, so that a reversed payment can undo it.
alter table arrangement add column written_off numeric(19,2);

create sequence affordability_statement_seq start with 1 increment by 50;
create table affordability_statement (
    id              bigint        primary key,
    case_id         bigint        not null references collection_case (id),
    monthly_income  numeric(19,2) not null,
    fixed_costs     numeric(19,2) not null,
    flexible_costs  numeric(19,2) not null,
    other_debts     numeric(19,2) not null,
    recorded_by     varchar(64)   not null,
    recorded_at     timestamp with time zone not null
);
create index ix_affordability_statement_case on affordability_statement (case_id);
