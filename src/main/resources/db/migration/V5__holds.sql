-- Holds on a case: disputes, bankruptcies, deaths, servicemembers. Lifted, never deleted.
create sequence case_hold_seq start with 1 increment by 50;
create table case_hold (
    id                         bigint        primary key,
    case_id                    bigint        not null references collection_case (id),
    kind                       varchar(16)   not null,
    received_on                date          not null,
    within_validation_period   boolean,
    dispute_request            varchar(20),
    detail                     varchar(1000),
    evidence                   varchar(500)  not null,
    recorded_by                varchar(64)   not null,
    recorded_at                timestamp with time zone not null,
    representative_name        varchar(200),
    representative_contact     varchar(254),
    original_creditor_name     varchar(200),
    original_creditor_address  varchar(500),
    lifted_by                  varchar(64),
    lifted_at                  timestamp with time zone,
    lift_reason                varchar(500),
    version                    bigint        not null
);
create index ix_case_hold_case on case_hold (case_id);
