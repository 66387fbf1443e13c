// The graph version: how many write transactions Parley's loaders have committed (0 before the first).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version
