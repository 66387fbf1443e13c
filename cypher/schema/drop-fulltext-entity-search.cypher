// The search index of earlier versions kept accents, so a folded search text never matched "Sánchez": it is rebuilt
// as entity_search_folded.
DROP INDEX entity_search IF EXISTS
