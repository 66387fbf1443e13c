import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseExportOptions } from '../../../src/cli/commands/export.command';
import { CsvWriter, importScript } from '../../../src/export/csv.writer';
import { propertyKind } from '../../../src/export/export.types';
import { xmlText } from '../../../src/export/xml-text';

test('XML text escapes markup and drops characters XML cannot hold', () => {
  expect(xmlText(`a<b>&"c'\u0001d`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;d');
});

test("Neo4j's stored types map to declared kinds; mixed types fall back to strings", () => {
  expect(propertyKind(['Date'])).toBe('date');
  expect(propertyKind(['StringArray'])).toBe('string[]');
  expect(propertyKind(['Long', 'String'])).toBe('string');
  expect(propertyKind(['Point'])).toBe('string');
});

test('CSV rows: quoted strings with doubled quotes, typed headers, lists joined, ids in the label id space', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-csv-'));
  try {
    const writer = new CsvWriter(dir);
    const props = new Map([
      ['id', 'string'],
      ['name', 'string'],
      ['aliases', 'string[]'],
      ['lastSeen', 'date'],
      ['ordinal', 'long'],
    ] as const);
    await writer.begin({ nodes: new Map([['Person', new Map(props)]]), relationships: new Map() });
    await writer.node({
      label: 'Person',
      props: {
        id: 'person:a',
        name: 'Say "hi", all',
        aliases: ['A', 'B'],
        lastSeen: '2024-01-02',
        ordinal: 3,
      },
    });
    await writer.node({ label: 'Person', props: { id: 'person:b', name: '', aliases: [], lastSeen: null } });
    const files = await writer.end();
    const csv = fs.readFileSync(path.join(dir, 'nodes-Person.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('id:ID(Person),name,aliases:string[],lastSeen:date,ordinal:long,:LABEL');
    expect(csv[1]).toBe('"person:a","Say ""hi"", all","A;B","2024-01-02",3,Person');
    expect(csv[2]).toBe('"person:b","","",,,Person');
    expect(files.map((f) => path.basename(f))).toEqual(['nodes-Person.csv', 'import.sh']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('import.sh names the database first, then every file', () => {
  const script = importScript(['nodes-Person.csv', 'relationships-ATTENDED-Person-Meeting.csv']);
  expect(script).toMatch(/import full "\$\{1:-neo4j\}" --overwrite-destination/);
  expect(script).toMatch(
    /--nodes="\$DIR\/nodes-Person.csv" \\\n {2}--relationships="\$DIR\/relationships-ATTENDED-Person-Meeting.csv"\n$/,
  );
});

test('export options: formats, depth only with --around, dates as partial dates, --to not before --from', () => {
  const ok = parseExportOptions({
    format: 'graphml',
    out: '/tmp/x.graphml',
    around: 'A',
    depth: '3',
    from: '2024',
    to: '2024-06',
  });
  expect(ok.problems).toEqual([]);
  expect(ok.request).toEqual({ around: 'A', depth: 3, window: { from: '2024-01-01', to: '2024-06-30' } });
  const bad = parseExportOptions({ format: 'xml', out: '/tmp/x', depth: '9', from: '2024-13', to: '2023' });
  expect(bad.problems).toEqual([
    '--format must be one of graphml, csv, jsonl, got "xml"',
    '--depth must be an integer from 1 to 6, got "9"',
    '--depth needs --around',
    '--from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-13"',
  ]);
});
