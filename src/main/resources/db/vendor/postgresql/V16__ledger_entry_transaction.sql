-- The transaction that wrote each ledger entry, so the figures' copy of the ledger in each node's memory can take
-- in what was committed since it last looked, whatever order the nodes' transactions commit in (the sequence's
-- ids don't follow that order). Entries written before this column have 0: they were all committed long ago.
alter table ledger_entry add column tx bigint not null default 0;
alter table ledger_entry alter column tx set default (pg_current_xact_id()::text::bigint);
create index ix_ledger_entry_tx on ledger_entry (tx);
