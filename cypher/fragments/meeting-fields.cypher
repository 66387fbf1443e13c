// Every stored field of a Meeting as the API maps it (inside a map projection of {{m}}), children aside. A graph
// loaded before statuses were kept holds only meetings reported as held.
.id, label: 'Meeting', .name, .kind, .date, dateStart: toString({{m}}.dateStart), dateEnd: toString({{m}}.dateEnd), .datePrecision, .format, .series, .ordinal,
aliases: coalesce({{m}}.aliases, []), status: coalesce({{m}}.status, 'held')
