-- H2 (the embedded run and the tests) has no expression indexes: plain ones on the columns case search reads.
create index ix_debtor_last_name on debtor (last_name);
create index ix_debtor_first_name on debtor (first_name);
create index ix_debtor_email_address on debtor_email (address);
create index ix_debtor_address_postal on debtor_address (postal_code);
