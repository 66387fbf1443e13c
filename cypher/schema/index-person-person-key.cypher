// Exact lookups of people by order-insensitive person key (the API's name resolution).
CREATE RANGE INDEX person_person_key IF NOT EXISTS FOR (n:Person) ON (n.personKey)
