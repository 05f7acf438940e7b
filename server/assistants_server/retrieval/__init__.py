"""Finding chunks: the attribute filter tree (``filters``), the ranking of chunks (``ranking``,
``vectors``: pure functions), the embeddings client (``embeddings``), query rewriting
(``rewrite``) and what the settings make of them (``configure``). The vector-store wing feeds
them rows from storage."""
