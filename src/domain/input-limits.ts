// One set of length limits for what clients and files hand Parley: the loader's contract, the ingest mutation and
// the API's lookups all read them from here.

/** graph ids (`person:…`, `meeting:…`, an article's sha256) and an extraction's local ids */
export const MAX_ID_LENGTH = 600;
/** names of people, organizations, places, meetings, topics: longer ones cannot match anything */
export const MAX_NAME_LENGTH = 500;
/** titles, sources, URLs, file names and other short text fields */
export const MAX_TEXT_FIELD_LENGTH = 2000;
