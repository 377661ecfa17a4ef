-- What a collector learns of the debtor's contact data: a number that reached someone else, an address whose mail
-- came back. Kept on file (the trace reads them), never used again for contact.
alter table debtor_phone add column wrong_number_at timestamp with time zone;
alter table debtor_phone add column wrong_number_by varchar(64);
alter table debtor_address add column returned_at timestamp with time zone;
alter table debtor_address add column returned_by varchar(64);

-- Case search: by account number whatever the creditor, by phone, by postal code (the name and e-mail indexes are
-- the database's own kind, see db/vendor).
create index ix_account_number on account (account_number);
create index ix_debtor_phone_number on debtor_phone (number);
