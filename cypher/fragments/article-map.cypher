// An Article as the API maps it (type Article). {{a}}: the article variable.
{{a}} { .id, label: 'Article', name: coalesce({{a}}.name, {{a}}.title, {{a}}.id), .title, date: toString({{a}}.date), .source, .url }
