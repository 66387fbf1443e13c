import pino, { type DestinationStream, type Logger } from 'pino';
import { currentRequestScope } from './request-scope';

export type { Logger };

/** `pretty`: coloured lines for people (pino-pretty); `json`: one JSON object a line for machines. */
export type LogFormat = 'json' | 'pretty';

/** Pretty on an interactive terminal, JSON when stderr is a file or pipe, or in CI (`auto` as config resolves it). */
export function resolveLogFormat(
  wanted: 'auto' | LogFormat,
  ci: boolean,
  stderrIsTty = Boolean(process.stderr.isTTY),
): LogFormat {
  if (wanted !== 'auto') return wanted;
  return stderrIsTty && !ci ? 'pretty' : 'json';
}

// pino-pretty runs in pino's transport worker, so formatting costs the event loop nothing.
function prettyStream(): DestinationStream {
  return pino.transport({
    target: 'pino-pretty',
    options: {
      destination: 2,
      colorize: true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,name',
      messageFormat: '{if reqId}[{reqId}] {end}{msg}',
    },
  }) as DestinationStream;
}

/**
 * Structured logs on stderr, so stdout stays clean for command output (e.g. JSON Lines). Inside an HTTP request every
 * line carries the request's id (`reqId`), read from the async context.
 */
export function createLogger(level: string, name = 'parley', format: LogFormat = 'json'): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    base: { name },
    mixin: () => {
      const scope = currentRequestScope();
      return scope ? { reqId: scope.id } : {};
    },
  };
  const destination = format === 'pretty' ? prettyStream() : pino.destination({ fd: 2, sync: true });
  return pino(options, destination);
}
