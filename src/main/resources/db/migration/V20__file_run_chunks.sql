-- The rows of a file committed so far, as ranges of row indexes (0: the first row after the header), written with
-- each chunk. The chunks of a portfolio are placed side by side, so what a resumed run skips is no longer a prefix
-- of the file. A finished file's ranges are removed.
create table file_run_chunk (
    file_kind  varchar(40) not null,
    file_id    bigint      not null,
    first_row  bigint      not null,
    row_count  integer     not null,
    primary key (file_kind, file_id, first_row)
);

-- Files in progress when this version starts resume after the rows their counts say were worked.
insert into file_run_chunk (file_kind, file_id, first_row, row_count)
    select 'portfolio import', id, 0, cast(records_read as integer) from portfolio_import
     where status in ('QUEUED', 'RUNNING') and records_read > 0;
insert into file_run_chunk (file_kind, file_id, first_row, row_count)
    select 'payment file', id, 0, cast(rows_read as integer) from payment_file
     where status in ('QUEUED', 'RUNNING') and rows_read > 0;
