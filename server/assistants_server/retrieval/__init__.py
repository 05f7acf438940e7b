"""Finding chunks: the attribute filter tree (``filters``) and the ranking of chunks against a
query (``ranking``). Pure functions, no storage: the vector-store wing feeds them rows."""
