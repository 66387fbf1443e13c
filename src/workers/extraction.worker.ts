import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/extract-article';
import { isExtractionError } from '../extract/extraction.error';
import type { ExtractionRequest, ExtractionResponse } from './extraction.messages';

// A worker thread that runs the pure extractor, so a pool can use every core of one process.
parentPort?.on('message', (request: ExtractionRequest) => {
  let response: ExtractionResponse;
  try {
    response = { id: request.id, ok: true, result: extractArticle(request.text, request.options) };
  } catch (error) {
    response = {
      id: request.id,
      ok: false,
      error: isExtractionError(error)
        ? { code: error.code, message: error.message }
        : { code: 'INTERNAL', message: (error as Error)?.message ?? String(error) },
    };
  }
  parentPort?.postMessage(response);
});
