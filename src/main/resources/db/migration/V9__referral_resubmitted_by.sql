-- Who did the work a manager asked for before a referral is decided again: they may not decide it themselves.
alter table legal_referral add column resubmitted_by varchar(100);
