// A Country as the API maps it (type Country). {{c}}: the country variable.
{{c}} { .id, label: 'Country', .name }
