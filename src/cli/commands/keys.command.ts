import type { Command } from 'commander';
import { createKey, envEntry, KeyFile, storedFormOf } from '../../auth/api-keys';
import { isRole, ROLES, type Role } from '../../auth/principal';
import { EXIT_FAILURE, EXIT_USAGE, runCommand } from '../cli-runtime';

function roleOption(value: string | undefined): Role | null {
  return isRole(value) ? value : null;
}

const USAGE_ROLE = `--role must be one of ${ROLES.join(', ')}`;

/** Reads all of stdin (the key to hash), without echoing it anywhere. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

export function registerKeysCommand(program: Command): void {
  const keys = program
    .command('keys')
    .description('API keys for writes (editor) and reads (reader); only their SHA-256 is stored')
    .addHelpText(
      'after',
      '\nKeys live in PARLEY_KEYS_FILE (default .parley/keys.json, re-read by a running server within 2 s) or in\n' +
        'PARLEY_API_KEYS as comma-separated id:role:sha256 entries. Clients send Authorization: Bearer <key>.',
    );

  keys
    .command('create')
    .description('make a key, store its hash, and print the key once on stdout')
    .requiredOption('--role <role>', 'reader or editor')
    .option('--name <name>', 'who or what the key is for')
    .option('--no-save', 'do not write the keys file; print the PARLEY_API_KEYS entry instead')
    .action((opts: { role: string; name?: string; save: boolean }) =>
      runCommand('keys create', async ({ config }) => {
        const role = roleOption(opts.role);
        if (!role) {
          process.stderr.write(`parley keys create: ${USAGE_ROLE}\n`);
          return EXIT_USAGE;
        }
        const { key, stored } = createKey(role, opts.name);
        if (opts.save) {
          const file = new KeyFile(config.security.keysFile);
          file.write([...file.read(), stored]);
          process.stderr.write(
            `${role} key ${stored.id} stored in ${file.file}; the key itself is not kept, copy it now:\n`,
          );
        } else {
          process.stderr.write(
            `PARLEY_API_KEYS entry (hash only): ${envEntry(stored)}\nthe key, copy it now:\n`,
          );
        }
        process.stdout.write(`${key}\n`);
      }),
    );

  keys
    .command('list')
    .description('list stored keys: id, role, name, creation date (never the keys)')
    .action(() =>
      runCommand('keys list', async ({ config }) => {
        const stored = new KeyFile(config.security.keysFile).read();
        for (const k of stored)
          process.stdout.write(`${k.id}\t${k.role}\t${k.name ?? ''}\t${k.created ?? ''}\tfile\n`);
        for (const k of config.security.apiKeys)
          process.stdout.write(`${k.id}\t${k.role}\t\t\tPARLEY_API_KEYS\n`);
        if (!stored.length && !config.security.apiKeys.length) process.stderr.write('no keys\n');
      }),
    );

  keys
    .command('revoke')
    .description('remove a key from the keys file (a running server stops accepting it within 2 s)')
    .argument('<id>', 'the key id (the 8 characters after parley_)')
    .action((id: string) =>
      runCommand('keys revoke', async ({ config }) => {
        const file = new KeyFile(config.security.keysFile);
        const stored = file.read();
        const kept = stored.filter((k) => k.id !== id);
        if (kept.length === stored.length) {
          process.stderr.write(`parley keys revoke: no key ${id} in ${file.file}\n`);
          return EXIT_FAILURE;
        }
        file.write(kept);
        process.stderr.write(`key ${id} revoked\n`);
      }),
    );

  keys
    .command('hash')
    .description('read a key on stdin and print its PARLEY_API_KEYS entry (id:role:sha256)')
    .requiredOption('--role <role>', 'reader or editor')
    .action((opts: { role: string }) =>
      runCommand('keys hash', async () => {
        const role = roleOption(opts.role);
        if (!role) {
          process.stderr.write(`parley keys hash: ${USAGE_ROLE}\n`);
          return EXIT_USAGE;
        }
        const stored = storedFormOf(await readStdin(), role);
        if (!stored) {
          process.stderr.write('parley keys hash: stdin is not a Parley key (parley_<id>_<secret>)\n');
          return EXIT_USAGE;
        }
        process.stdout.write(`${envEntry(stored)}\n`);
      }),
    );
}
