// A WHERE condition (with its AND): a node that is a meeting lies in the optional window of $from/$to; without a
// window, no node's label is read for it.
// {{x}}: the node; $from, $to: 'YYYY-MM-DD' or null
AND (($from IS NULL AND $to IS NULL) OR NOT {{x}}:Meeting
  OR (($from IS NULL OR {{x}}.dateEnd >= date($from)) AND ($to IS NULL OR {{x}}.dateStart <= date($to))))
