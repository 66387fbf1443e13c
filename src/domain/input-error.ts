import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley.error';

export type InputPath = ReadonlyArray<string | number>;

/** `meetings[2].date` from ['meetings', 2, 'date']. */
export function formatPath(path: InputPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${k}`)).join('');
}

/**
 * Bad input, located by `path` (an argument, a field, a JSON line's member): callers branch on the path, never on
 * the message. As a BAD_USER_INPUT, the API names `path[0]` as the argument.
 */
export class InputError extends ParleyError {
  constructor(
    readonly path: InputPath,
    readonly reason: string,
  ) {
    super(ErrorCode.BadUserInput, `${formatPath(path)}: ${reason}`, {
      path: [...path],
      argument: typeof path[0] === 'string' ? path[0] : undefined,
    });
    this.name = 'InputError';
  }
}
