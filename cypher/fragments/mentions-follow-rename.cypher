// The MENTIONS edges of renamed node {{n}} that state facts carry its id for the (node, date) index: they take the new one.
CALL ({{n}}) { MATCH ()-[m:MENTIONS]->({{n}}) WHERE m.node IS NOT NULL SET m.node = {{n}}.id }
