import type { ExtractOptions } from '../extract/extract-article';
import type { ArticleExtraction } from '../extract/extraction.types';

export interface ExtractionRequest {
  id: number;
  text: string;
  options: ExtractOptions;
}

export type ExtractionResponse =
  | { id: number; ok: true; result: ArticleExtraction }
  | { id: number; ok: false; error: { code: string; message: string } };
