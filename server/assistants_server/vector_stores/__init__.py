"""Vector stores: their files and file batches (``service``), the pure rules they follow
(``rules``: attributes, chunking, counts, statuses, expiry) and the background pipeline that turns
a file into chunks (``ingest``)."""
