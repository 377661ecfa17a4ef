-- Case search matches names, e-mails and postal codes by their beginning, whatever the case of the letters:
-- expression indexes with the pattern operator class serve "lower(x) like 'abc%'".
create index ix_debtor_last_name on debtor (lower(last_name) text_pattern_ops);
create index ix_debtor_first_name on debtor (lower(first_name) text_pattern_ops);
create index ix_debtor_email_address on debtor_email (lower(address) text_pattern_ops);
create index ix_debtor_address_postal on debtor_address (postal_code text_pattern_ops);
