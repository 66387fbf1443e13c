// Advances the graph version inside a write transaction, just before it commits (every load batch and ingest), so
// response caches keyed by it never serve an answer from before the write. Returns the new version.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
RETURN v.version AS version
