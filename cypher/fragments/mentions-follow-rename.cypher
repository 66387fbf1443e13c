// The MENTIONS edges of renamed node {{n}} carry its id for the (node, date) index: they take the new one.
CALL ({{n}}) { MATCH ()-[m:MENTIONS]->({{n}}) SET m.node = {{n}}.id }
