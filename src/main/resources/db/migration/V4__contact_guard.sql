-- The contact log, what the debtor asked of us about contact, and every decision of the contact guard.

create sequence contact_seq start with 1 increment by 50;
create table contact (
    id           bigint        primary key,
    case_id      bigint        not null references collection_case (id),
    channel      varchar(8)    not null,
    outbound     boolean       not null,
    result       varchar(24)   not null,
    address      varchar(254),
    occurred_at  timestamp with time zone not null,
    recorded_by  varchar(64)   not null,
    notes        varchar(1000)
);
create index ix_contact_case on contact (case_id, occurred_at);

create sequence contact_restriction_seq start with 1 increment by 50;
create table contact_restriction (
    id           bigint        primary key,
    case_id      bigint        not null references collection_case (id),
    kind         varchar(24)   not null,
    from_time    time,
    to_time      time,
    detail       varchar(500),
    evidence     varchar(500)  not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp with time zone not null,
    lifted_by    varchar(64),
    lifted_at    timestamp with time zone,
    lift_reason  varchar(500),
    version      bigint        not null
);
create index ix_contact_restriction_case on contact_restriction (case_id);

-- Append-only: every allow or deny, with its rule, why, and when it lifts.
create sequence guard_decision_seq start with 1 increment by 50;
create table guard_decision (
    id          bigint        primary key,
    case_id     bigint        not null references collection_case (id),
    channel     varchar(8)    not null,
    address     varchar(254),
    letter      varchar(40),
    allowed     boolean       not null,
    rule        varchar(40),
    reason      varchar(500),
    lifts_at    timestamp with time zone,
    decided_at  timestamp with time zone not null,
    asked_by    varchar(64)   not null
);
create index ix_guard_decision_case on guard_decision (case_id, decided_at);
