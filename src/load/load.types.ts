// Shapes the loader exchanges with its callers (CLI, API, `parley start`) and with its repository.
import type { ExtractOptions } from '../extract/extract-article';
import type { ArticleExtraction } from '../extract/extraction.types';
import type { EntityMention, EntityStatus, LookupKey, MergeDecision } from './identity/identity.types';

export interface LoadFailure {
  /** the file, `<stdin>:N` for a JSON line, or `<text>` for posted text */
  file: string;
  reason: string;
}

export interface LoadReport {
  loaded: number;
  /** already in the graph with the same body and the same extraction of it */
  unchanged: number;
  failed: LoadFailure[];
  /** parts of loaded articles left out (a meeting dated after its article): warnings, the articles are loaded */
  skipped: LoadFailure[];
  nodesCreated: number;
  relationshipsCreated: number;
  seconds: number;
}

export interface LoadServiceOptions {
  batchSize: number;
  maxArticleBytes: number;
  /** how long to keep retrying a batch while Neo4j is unreachable (default 30 s) */
  unavailableRetryMs?: number;
  /**
   * the load lock's lease: the longest a batch transaction (which holds the lock) may live before Neo4j ends it and
   * frees the lock, so a paused or hung writer cannot block the others longer (default: the client's write timeout)
   */
  lockLeaseMs?: number;
  /** clock for "date in the future" checks (tests) */
  now?: () => Date;
  /** extraction off the event loop (a worker pool) for posted articles; in-process extractArticle otherwise */
  extract?: (
    text: string,
    options: ExtractOptions,
    limits: { timeoutMs: number },
  ) => Promise<ArticleExtraction>;
  /** deadline of one posted article, extraction and write together (default 20 s) */
  ingestTimeoutMs?: number;
  /** the form a title is stored in (default extract/title-forms' canonicalTitle; tests: as written, as older versions did) */
  titleForm?: (title: string) => string;
  /** told of every identity decision of the batches written (`parley load --explain`) */
  onDecision?: (decision: MergeDecision) => void;
}

/** Told how far a load has got; the CLI draws a bar on a terminal and plain lines otherwise. */
export interface LoadProgress {
  start(total: number): void;
  update(done: number, counts: { loaded: number; unchanged: number; failed: number }): void;
  stop(): void;
}

export interface IngestEntity {
  id: string;
  name: string;
  status: EntityStatus;
}

export interface IngestResult {
  article: { id: string; status: 'created' | 'unchanged' | 'replaced' };
  people: IngestEntity[];
  meetings: IngestEntity[];
  topics: IngestEntity[];
  /** why each mention joined an existing node or made a new one */
  decisions: MergeDecision[];
  /** meetings left out because they are dated after the article */
  skipped?: string[];
}

/** One article ready to write: its contract-checked extraction and the key an edited version shares. */
export interface PreparedArticle {
  extraction: ArticleExtraction;
  key: string;
  /** extractionHash of the extraction as checked (before the loader's title forms): the same body stored with another is replaced */
  extractionHash: string;
  /** what reports name it by */
  label: string;
  /** id of an article this one replaces, named by an editor (posted articles never replace by key) */
  replaces?: string;
  /** why parts of it (meetings dated after it) were left out */
  skipped?: string[];
  /** its entity mentions and their lookup keys, made before its batch's transaction (off the write path) */
  mentions: EntityMention[];
  lookupKeys: LookupKey[];
}
