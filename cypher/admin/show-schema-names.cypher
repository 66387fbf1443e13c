// Names of the constraints and indexes present, to check that migrations ran (readiness).
SHOW INDEXES YIELD name RETURN collect(name) AS names
