-- Every sign-in to the debtor portal, good or bad: failures are counted per reference and per client address over a
-- window (recourse.portal), by every node alike.
create sequence portal_sign_in_seq increment by 1;

create table portal_sign_in (
    id              bigint        primary key,
    reference       varchar(40)   not null,
    client_address  varchar(64)   not null,
    way             varchar(20)   not null,
    succeeded       boolean       not null,
    attempted_at    timestamp with time zone not null
);

create index ix_portal_sign_in_reference on portal_sign_in (reference, attempted_at);
create index ix_portal_sign_in_address on portal_sign_in (client_address, attempted_at);

-- A payment processor's webhook events, each handled once whichever node receives it (and however often the
-- processor sends it again).
create table processor_event (
    processor    varchar(20)   not null,
    event_id     varchar(100)  not null,
    type         varchar(60)   not null,
    received_at  timestamp with time zone not null,
    outcome      varchar(400)  not null,
    primary key (processor, event_id)
);

-- A debtor's payment method, tokenised by the processor for the installments of their plan: the processor keeps the
-- card or bank account, Recourse only its tokens and what the debtor reads to recognise it.
create table saved_payment_method (
    case_number      varchar(20)   not null,
    processor        varchar(20)   not null,
    customer         varchar(100)  not null,
    payment_method   varchar(100)  not null,
    kind             varchar(10)   not null,
    shown_as         varchar(60)   not null,
    saved_at         timestamp with time zone not null,
    primary key (case_number, processor)
);
