// A Topic as the API maps it (type Topic). {{t}}: the topic variable.
{{t}} { .id, label: 'Topic', .name, aliases: coalesce({{t}}.aliases, []) }
