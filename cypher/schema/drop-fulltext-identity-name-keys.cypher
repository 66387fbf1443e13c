// The API's name lookups go through (:NameKey)-[:KEY_OF]-> edges now, as the loader's do: the full-text index goes.
DROP INDEX identity_name_keys IF EXISTS
