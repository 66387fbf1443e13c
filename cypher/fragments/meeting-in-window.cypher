// A WHERE condition (with its AND): a node that is a meeting lies in the optional window of $from/$to.
// {{x}}: the node; $from, $to: 'YYYY-MM-DD' or null
AND (NOT {{x}}:Meeting OR (($from IS NULL OR {{x}}.dateEnd >= date($from)) AND ($to IS NULL OR {{x}}.dateStart <= date($to))))
