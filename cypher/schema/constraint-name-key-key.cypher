// One node per folded name key, linked to every node carrying it (KEY_OF) and to full-named people by family key
// (FAMILY_KEY_OF): exact name lookups are one seek on this constraint's index, with no full-text scoring.
CREATE CONSTRAINT name_key_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE
