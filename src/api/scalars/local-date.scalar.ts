// A full calendar date (YYYY-MM-DD) as Neo4j Dates come back from the client; graphql-scalars' LocalDate fits as is.
export { LocalDateResolver as LocalDateScalar } from 'graphql-scalars';
