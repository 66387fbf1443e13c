import type { Response } from 'express';

/** A GraphQL-shaped error answer for requests refused before GraphQL runs. */
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
    .json({ errors: [{ message, extensions: { code } }] });
}
