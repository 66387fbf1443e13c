import { ConfigError, loadConfig, type Config } from '../config';
import { isParleyError } from '../errors/parley.error';
import { createLogger, type Logger } from '../logging/logger';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Thrown to end a command with a chosen exit code after it printed its own message. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

export interface CliContext {
  config: Config;
  logger: Logger;
}

export function createCliContext(): CliContext {
  const config = loadConfig();
  return { config, logger: createLogger(config.logLevel) };
}

/** Runs a command body: expected failures become one line on stderr and an exit code, never a stack trace. */
export async function runCommand(
  name: string,
  body: (ctx: CliContext) => Promise<number | void>,
): Promise<void> {
  let code: number;
  try {
    code = (await body(createCliContext())) ?? EXIT_OK;
  } catch (error) {
    code = reportFailure(name, error);
  }
  process.exitCode = code;
}

export function reportFailure(name: string, error: unknown): number {
  if (error instanceof CliExit) return error.exitCode;
  if (error instanceof ConfigError) {
    process.stderr.write(`parley ${name}: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (isParleyError(error)) {
    process.stderr.write(`parley ${name}: ${error.message} [${error.code}]\n`);
    return EXIT_FAILURE;
  }
  process.stderr.write(`parley ${name}: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT_FAILURE;
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (signal: NodeJS.Signals) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
