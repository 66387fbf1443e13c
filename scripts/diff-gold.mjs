// Dev helper: per-article misses (people, titles, countries, meetings) between /tmp/out-<set>.jsonl and gold.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
const dir = resolve(process.argv[2]);
const preds = readFileSync(`/tmp/out-${dir.split('/').pop()}.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const fold = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
for (const gf of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
  const stem = gf.replace('.gold.json', '');
  const g = JSON.parse(readFileSync(join(dir, gf), 'utf8'));
  const p = preds.find((x) => basename(x.article.file).replace(/\.txt$/, '') === stem);
  const keys = (x) => [x.name, ...(x.aliases ?? [])].map(fold);
  const lines = [];
  for (const gp of g.people) {
    const m = p.people.find((pp) => keys(pp).some((k) => keys(gp).includes(k)));
    if (!m) lines.push(`  MISS person ${gp.name} (${gp.title}, ${gp.country})`);
    else if (m.country !== gp.country || (gp.title && fold(m.title) !== fold(gp.title)))
      lines.push(`  diff ${gp.name}: title ${m.title} vs ${gp.title}; country ${m.country} vs ${gp.country}`);
  }
  for (const pp of p.people)
    if (!g.people.some((gp) => keys(pp).some((k) => keys(gp).includes(k))))
      lines.push(`  EXTRA person ${pp.name} (${pp.title}, ${pp.country})`);
  const gc = new Set(g.countries.map((c) => c.code ?? c)),
    pc = new Set(p.countries.map((c) => c.code));
  const cm = [...gc].filter((c) => !pc.has(c)),
    ce = [...pc].filter((c) => !gc.has(c));
  if (cm.length || ce.length) lines.push(`  countries missing ${cm} extra ${ce}`);
  const pn = (id) => p.people.find((x) => x.id === id)?.name ?? id;
  for (const m of g.meetings)
    lines.push(`  G ${m.date} ${m.name} [${m.participants.join(', ')}] @${m.place}`);
  for (const m of p.meetings)
    lines.push(
      `  P ${m.date} ${m.name} [${m.participants.map(pn).join(', ')}] @${p.places.find((l) => l.id === m.place)?.name ?? null}`,
    );
  console.log(stem + '\n' + lines.join('\n'));
}
