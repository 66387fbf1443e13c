// Every property of every relationship type with its stored types (for the export's headers).
// $types: whitelisted relationship type names
CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes
WITH substring(relType, 2, size(relType) - 3) AS type, propertyName, propertyTypes
WHERE type IN $types AND propertyName IS NOT NULL
RETURN type, propertyName AS name, propertyTypes AS types
