// The family-name lookup goes through (:NameKey)-[:FAMILY_KEY_OF]-> edges now: the full-text index it used goes.
DROP INDEX person_family_keys IF EXISTS
