// A node's articles and its repeated facts' sources, newest first (fragments/mention-page): every MENTIONS edge
// carries its node's id and its article's date.
CREATE RANGE INDEX mentions_node_date IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.node, m.date)
