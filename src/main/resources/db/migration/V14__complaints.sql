-- A debtor's complaint: how it came (phone, letter, e-mail, a regulator's portal), what it is about, who answers it
-- and by when, and the answer. The complaint process (processes/complaint.bpmn) carries it; this is its record.
create sequence complaint_seq increment by 50;

create table complaint (
    id                   bigint        primary key,
    case_id              bigint        not null references collection_case (id),
    case_number          varchar(20)   not null,
    received_via         varchar(20)   not null,
    category             varchar(40)   not null,
    summary              varchar(2000) not null,
    regulator_reference  varchar(64),
    received_on          date          not null,
    due_at               timestamp with time zone not null,
    assignee             varchar(64)   not null,
    status               varchar(20)   not null,
    recorded_by          varchar(64)   not null,
    recorded_at          timestamp with time zone not null,
    escalated_at         timestamp with time zone,
    answer               varchar(4000),
    answered_by          varchar(64),
    answered_at          timestamp with time zone,
    version              bigint        not null
);

create index ix_complaint_case on complaint (case_id);
create index ix_complaint_open on complaint (status, due_at);
