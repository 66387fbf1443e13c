// A MENTIONS edge {{m}} of article {{a}} to node {{n}} that states repeated facts carries the node's id and the
// article's date ('' when undated): the (node, date) index pages those facts' sources (fragments/fact-source-page).
SET {{m}}.node = CASE WHEN {{m}}.facts IS NOT NULL THEN {{n}}.id END,
    {{m}}.date = CASE WHEN {{m}}.facts IS NOT NULL THEN coalesce(toString({{a}}.date), '') END
