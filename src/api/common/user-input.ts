import { ErrorCode } from '../../errors/error-codes';
import { ParleyError } from '../../errors/parley.error';

/** A rejected argument: the error names it, and the argument middleware adds the variable bound to it. */
export function badUserInput(argument: string, message: string): ParleyError {
  return new ParleyError(ErrorCode.BadUserInput, `${argument}: ${message}`, { argument });
}

// Longer names cannot match anything in the graph; they are answered with an empty result without a query.
export { MAX_NAME_LENGTH } from '../../domain/input-limits';

/** A short, quoted preview of a rejected value, so a 10,000-character input does not flood the error. */
export function preview(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** An integer argument within 1..max (a `top`, a number of items to read), or BAD_USER_INPUT naming it. */
export function countArgument(argument: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw badUserInput(argument, `must be an integer from 1 to ${max}, got ${value}`);
  return value;
}
