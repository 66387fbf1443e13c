// Blocks until every index is online, so a migrated database answers from indexes at once.
CALL db.awaitIndexes(300)
