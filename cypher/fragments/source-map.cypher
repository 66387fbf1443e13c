// A Source as the API maps it (type Source): the article and the sentence of relationship {{r}} (REPORTS or MENTIONS).
// {{a}}: the article variable; {{r}}: the relationship holding sentence, start and end (may be null)
{ articleId: {{a}}.id, title: {{a}}.title, date: toString({{a}}.date), source: {{a}}.source, url: {{a}}.url,
  sentence: {{r}}.sentence, start: {{r}}.start, end: {{r}}.end }
