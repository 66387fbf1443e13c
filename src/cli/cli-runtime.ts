import { ConfigError, loadConfig, type Config } from '../config';
import { isParleyError } from '../errors/parley.error';
import { createLogger, resolveLogFormat, type Logger } from '../logging/logger';

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
  return {
    config,
    logger: createLogger(config.logLevel, 'parley', resolveLogFormat(config.logFormat, config.ci)),
  };
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

// `npm start` forwards Ctrl-C to Parley while the terminal sends it too: signals this close to the first are one.
const SAME_SIGNAL_MS = 1000;

/**
 * Resolves when the process is asked to stop (Ctrl-C or SIGTERM), so the caller shuts down in order. A later signal
 * (a second Ctrl-C) ends the process at once; the embedded Neo4j then stops by itself as its stdin closes.
 */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let first = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      const now = Date.now();
      if (first === 0) {
        first = now;
        process.stderr.write(`parley: ${signal}, stopping (again to force)\n`);
        resolve(signal);
      } else if (now - first > SAME_SIGNAL_MS) {
        process.stderr.write(`parley: ${signal} again, exiting now\n`);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

// A drain that outlasts this (a request stuck on a slow statement) must not keep Neo4j running: stop it anyway.
const DRAIN_MS = 15_000;

/** Closes the HTTP server, waiting at most DRAIN_MS for requests in flight; the caller then stops Neo4j. */
export async function drainWithin(close: () => Promise<void>, ms = DRAIN_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      process.stderr.write(`parley: requests still running after ${ms / 1000} s; stopping anyway\n`);
      resolve();
    }, ms);
  });
  await Promise.race([close().catch(() => undefined), late]);
  clearTimeout(timer);
}
