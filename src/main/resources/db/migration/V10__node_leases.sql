-- Every running node beats here every few seconds. Work a node claims (a file being worked, a letter being rendered,
-- an e-mail being sent) names the node's life, "<node id>@<incarnation>": once that life stops beating, or the node
-- starts again with a new incarnation, the work is free for any node at once.
create table recourse_node (
    node_id      varchar(40) primary key,
    incarnation  varchar(8) not null,
    started_at   timestamp with time zone not null,
    heartbeat_at timestamp with time zone not null
);

alter table document add column render_claimed_by varchar(64);
