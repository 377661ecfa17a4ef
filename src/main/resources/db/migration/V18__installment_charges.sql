-- A plan's installment charged on its due date to the method the debtor saved for it: when it was charged (set
-- once, by the node that charged it) and what came of it.
alter table installment add column charged_at timestamp with time zone;
alter table installment add column charge_outcome varchar(300);
