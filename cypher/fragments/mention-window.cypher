// The MENTIONS edges {{r}} whose article is dated within {{from}}..{{to}} ('YYYY-MM-DD' or null each): bounds of the
// (node, date) index's seek; a window leaves out undated articles (date '', below any date), no window keeps them.
AND {{r}}.date >= coalesce({{from}}, CASE WHEN {{to}} IS NULL THEN '' ELSE '0' END)
AND {{r}}.date <= coalesce({{to}}, '~')
