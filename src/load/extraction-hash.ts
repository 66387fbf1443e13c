import { createHash } from 'node:crypto';
import type { ArticleExtraction } from '../extract/extraction.types';

/**
 * What the extraction of an article found, hashed (16 hex digits): a load of the same body whose extraction differs
 * (a newer extractor, or `parley extract` output of one) replaces what an older one wrote, where the same extraction
 * is unchanged. The file it was read from is left out: a moved file is the same article.
 */
export function extractionHash(extraction: ArticleExtraction): string {
  const { file: _file, ...article } = extraction.article;
  return createHash('sha256')
    .update(JSON.stringify({ ...extraction, article }), 'utf8')
    .digest('hex')
    .slice(0, 16);
}
