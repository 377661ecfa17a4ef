-- What a manager expects each collector to collect in a month; the dashboard sets it beside what was collected.
create table collector_target (
    collector  varchar(64)   not null,
    target_month date        not null, -- the month's first day
    amount     numeric(19,2) not null,
    set_by     varchar(64)   not null,
    set_at     timestamp with time zone not null,
    primary key (collector, target_month)
);
