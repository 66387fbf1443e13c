import type { Response } from 'express';

/** A GraphQL-shaped error answer for requests refused before GraphQL runs, naming the request's id. */
export function sendHttpError(
  res: Response,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  res
    .status(status)
    .set(headers)
    .json({
      errors: [{ message, extensions: { code, requestId: res.locals.requestId as string | undefined } }],
    });
}
