-- Legal referrals and litigation: the eligibility found, the manager's decision, the court packet, the legal team's
-- review, the suit, its hearings, the judgment, its enforcement, settlements, and how it ended.

-- One referral of a case to legal per run of the legal-referral process (a returned case may be referred again).
create sequence legal_referral_seq start with 1 increment by 50;
create table legal_referral (
    id                    bigint        primary key,
    case_id               bigint        not null references collection_case (id),
    process_instance_id   varchar(64)   not null,
    status                varchar(20)   not null,
    created_at            timestamp with time zone not null,
    -- The last eligibility assessment (legal-eligibility.dmn) and the figures it was made on.
    assessed_at           timestamp with time zone not null,
    eligible              boolean       not null,
    failed_conditions     varchar(400)  not null,
    eligibility_reasons   varchar(2000) not null,
    balance               numeric(19,2) not null,
    minimum_balance       numeric(19,2) not null,
    expected_recovery     numeric(19,2) not null,
    -- The manager's last decision: APPROVED, REJECTED or SENT_BACK, with the reason or the work asked for.
    decision              varchar(12),
    decided_by            varchar(64),
    decided_at            timestamp with time zone,
    decision_note         varchar(500),
    packet_document_id    bigint        references document (id),
    parts_document_id     bigint        references document (id),
    delivered_at          timestamp with time zone,
    reviewed_by           varchar(64),
    reviewed_at           timestamp with time zone,
    return_reason         varchar(500),
    court                 varchar(200),
    court_case_number     varchar(60),
    suit_filed_on         date,
    suit_filed_by         varchar(64),
    judgment_on           date,
    judgment_amount       numeric(19,2),
    judgment_costs        numeric(19,2),
    judgment_interest     numeric(19,2),
    judgment_recorded_by  varchar(64),
    dismissed_on          date,
    dismissal_reason      varchar(500),
    outcome               varchar(24),
    outcome_note          varchar(500),
    concluded_at          timestamp with time zone,
    version               bigint        not null,
    constraint uq_legal_referral_process unique (process_instance_id)
);
create index ix_legal_referral_case on legal_referral (case_id);
-- The cases a legal user may see: those a manager approved for referral.
create index ix_legal_referral_decision on legal_referral (decision, case_id);

create sequence litigation_hearing_seq start with 1 increment by 50;
create table litigation_hearing (
    id             bigint        primary key,
    referral_id    bigint        not null references legal_referral (id),
    hearing_at     timestamp with time zone not null,
    time_zone      varchar(40)   not null,
    purpose        varchar(200)  not null,
    remind_at      timestamp with time zone not null,
    recorded_by    varchar(64)   not null,
    recorded_at    timestamp with time zone not null,
    reminded_at    timestamp with time zone,
    cancelled_by   varchar(64),
    cancelled_at   timestamp with time zone,
    cancel_reason  varchar(500),
    version        bigint        not null
);
create index ix_litigation_hearing_referral on litigation_hearing (referral_id);

create sequence litigation_enforcement_seq start with 1 increment by 50;
create table litigation_enforcement (
    id           bigint        primary key,
    referral_id  bigint        not null references legal_referral (id),
    kind         varchar(24)   not null,
    garnishee    varchar(200),
    served_on    date          not null,
    detail       varchar(500),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp with time zone not null
);
create index ix_litigation_enforcement_referral on litigation_enforcement (referral_id);

create sequence litigation_settlement_seq start with 1 increment by 50;
create table litigation_settlement (
    id                   bigint        primary key,
    referral_id          bigint        not null references legal_referral (id),
    amount               numeric(19,2) not null,
    balance_at_agreement numeric(19,2) not null,
    agreed_on            date          not null,
    pay_by               date          not null,
    status               varchar(12)   not null,
    recorded_by          varchar(64)   not null,
    recorded_at          timestamp with time zone not null,
    closed_at            timestamp with time zone,
    version              bigint        not null
);
create index ix_litigation_settlement_referral on litigation_settlement (referral_id);

-- E-mails to Recourse's own people (the legal inbox), not to a debtor: no contact guard, no opt-out, never by post.
alter table outbox_mail add column internal boolean default false not null;
