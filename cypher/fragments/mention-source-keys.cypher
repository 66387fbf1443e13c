// A MENTIONS edge {{m}} of article {{a}} to node {{n}} carries the node's id and the article's date ('' when undated):
// the (node, date) index pages a node's articles and its repeated facts' sources newest first (fragments/mention-page).
SET {{m}}.node = {{n}}.id, {{m}}.date = coalesce(toString({{a}}.date), '')
