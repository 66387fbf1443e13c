// Takes the load lock for the rest of the transaction: concurrent loaders (and ingestArticle) resolve identities one at a time.
// $name: lock name ('identity'); the SET is what takes the node's write lock.
MERGE (l:LoadLock {id: $name})
SET l.locked = true
RETURN l.id AS id
