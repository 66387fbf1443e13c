// The sources of a repeated fact newest first (fragments/fact-source-page): a MENTIONS edge that states facts carries
// its node's id and its article's date.
CREATE RANGE INDEX mentions_node_date IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.node, m.date)
