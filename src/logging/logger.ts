import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stderr, so stdout stays clean for command output (e.g. JSON Lines). */
export function createLogger(level: string, name = 'parley'): Logger {
  return pino({ name, level, base: { name } }, pino.destination({ fd: 2, sync: true }));
}
