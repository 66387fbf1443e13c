// A person's counterparts and their counterparts, with the meetings that link them, through the typed client.
// npm run example:traverse -- "NAME" [FROM] [TO]      (PARLEY_URL, default http://127.0.0.1:4000/graphql)
import { counterpartsOfCounterparts, DEFAULT_URL, isParleyClientError, ParleyClient } from '../../src/client';
import type { ExpansionMeetingFragment } from '../../src/client';

const meetingLine = (m: ExpansionMeetingFragment) => `${m.date ?? 'undated'} ${m.name}`;

async function main(): Promise<number> {
  const [name, from, to] = process.argv.slice(2);
  if (!name) {
    process.stderr.write('usage: npm run example:traverse -- "NAME" [FROM] [TO]\n');
    return 2;
  }
  const client = new ParleyClient({ url: process.env.PARLEY_URL ?? DEFAULT_URL });
  const tree = await counterpartsOfCounterparts(client, name, { from, to });
  if (!tree) {
    process.stderr.write(`no person matches "${name}"\n`);
    return 1;
  }
  const out: string[] = [`${tree.person.name} (${tree.person.id}) met ${tree.counterparts.length} people:`];
  for (const c of tree.counterparts) {
    out.push(`  ${c.person.name}${c.person.title ? `, ${c.person.title}` : ''}`);
    for (const m of c.meetings) out.push(`      at ${meetingLine(m)}`);
    for (const cc of c.counterparts) {
      out.push(`      → ${cc.person.name}${cc.person.title ? `, ${cc.person.title}` : ''}`);
      for (const m of cc.meetings) out.push(`          at ${meetingLine(m)}`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const detail = isParleyClientError(error)
      ? `${error.message} [${error.code}${error.requestId ? `, request ${error.requestId}` : ''}]`
      : String(error);
    process.stderr.write(`traverse: ${detail}\n`);
    process.exitCode = 1;
  },
);
