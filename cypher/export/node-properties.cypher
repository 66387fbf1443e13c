// Every property of every public label with its stored types (for the export's headers), from the schema procedure.
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
WITH nodeLabels, propertyName, propertyTypes
WHERE size(nodeLabels) > 0 AND propertyName IS NOT NULL
  AND any(l IN nodeLabels WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article'])
RETURN [l IN nodeLabels WHERE l IN ['Person', 'Organization', 'Country', 'Place', 'Meeting', 'Topic', 'Article']][0] AS label,
  propertyName AS name, propertyTypes AS types
