// Uniqueness of LoadLock.id: the one node every loader transaction locks first, so identity lookups and writes of concurrent loaders serialize.
CREATE CONSTRAINT load_lock_id IF NOT EXISTS FOR (n:LoadLock) REQUIRE n.id IS UNIQUE
