-- One node at a time makes sure of the index the collectors' queue is read by (casework.internal.WorkQueueIndex).
insert into cluster_lock (name) values ('work-queue-index');
