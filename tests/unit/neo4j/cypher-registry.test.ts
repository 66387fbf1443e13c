import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherRegistry, stripComments } from '../../../src/neo4j/cypher-registry';
import { ErrorCode } from '../../../src/errors/error-codes';
import { declaredSchemaNames } from '../../../src/neo4j/schema-migrator';

function tempCypherDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-cypher-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('CypherRegistry', () => {
  it('names statements by their path under cypher/ without the extension', () => {
    const registry = CypherRegistry.load(
      tempCypherDir({
        'a/one.cypher': '// one\nRETURN 1',
        'a/b/two.cypher': 'RETURN 2',
        'notes.txt': 'ignored',
      }),
    );
    expect(registry.names()).toEqual(['a/b/two', 'a/one']);
    expect(registry.get('a/one')).toBe('RETURN 1');
    expect(registry.names('a/b/')).toEqual(['a/b/two']);
  });

  it('fails with the expected path when a statement is missing', () => {
    const registry = CypherRegistry.load(tempCypherDir({ 'x.cypher': 'RETURN 1' }));
    expect(() => registry.get('queries/nope')).toThrow(/queries\/nope.*nope\.cypher/);
    try {
      registry.get('queries/nope');
    } catch (e) {
      expect((e as { code: string }).code).toBe(ErrorCode.CypherMissing);
    }
  });

  it('splices included fragments with their arguments, and lists no fragment as a statement', () => {
    const registry = CypherRegistry.load(
      tempCypherDir({
        'fragments/person-map.cypher': '// a person\n{{p}} { .id, .name }',
        'fragments/lookup.cypher': 'MATCH ({{p}}:Person {id: {{id}}})',
        'fragments/both.cypher':
          '// @include fragments/lookup p={{p}} id=$id\nRETURN\n  // @include fragments/person-map p={{p}}\n  AS person',
        'queries/one.cypher': '// one person\n// @include fragments/both p=x',
      }),
    );
    expect(registry.names()).toEqual(['queries/one']);
    expect(registry.get('queries/one')).toBe(
      'MATCH (x:Person {id: $id})\nRETURN\nx { .id, .name }\nAS person',
    );
  });

  it.each([
    ['a missing fragment', { 'q.cypher': '// @include fragments/none\nRETURN 1' }, /no file fragments\/none/],
    [
      'a missing argument',
      { 'fragments/f.cypher': 'RETURN {{a}}', 'q.cypher': '// @include fragments/f' },
      /argument a=… missing/,
    ],
    [
      'an unknown argument',
      { 'fragments/f.cypher': 'RETURN 1', 'q.cypher': '// @include fragments/f b=2' },
      /unknown argument\(s\) b/,
    ],
    [
      'a cycle',
      {
        'fragments/a.cypher': '// @include fragments/b',
        'fragments/b.cypher': '// @include fragments/a',
        'q.cypher': '// @include fragments/a',
      },
      /cycle/,
    ],
    ['a statement as include', { 'x.cypher': 'RETURN 1', 'q.cypher': '// @include x' }, /only fragments/],
  ])('fails start-up on %s', (_, files, message) => {
    expect(() => CypherRegistry.load(tempCypherDir(files))).toThrow(message);
  });

  it('refuses a file that holds only comments', () => {
    expect(() => CypherRegistry.load(tempCypherDir({ 'empty.cypher': '// nothing here\n' }))).toThrow(
      /holds no statement/,
    );
  });

  it('fails when the folder does not exist', () => {
    expect(() => CypherRegistry.load('/nonexistent/parley/cypher')).toThrow(/Cypher folder not found/);
  });

  it('hands statements out without comment lines and indentation, trailing comments ended by their line', () => {
    const registry = CypherRegistry.load(
      tempCypherDir({
        'q.cypher': '// what it does\nMATCH (n)  // why\n\n    // more\n    WHERE n.x = 1\n  RETURN n',
      }),
    );
    expect(registry.get('q')).toBe('MATCH (n)  // why\nWHERE n.x = 1\nRETURN n');
  });

  it('strips comment lines only', () => {
    expect(stripComments('// a\nMATCH (n) // trailing\n  // b\nRETURN n')).toBe(
      'MATCH (n) // trailing\nRETURN n',
    );
  });

  it("loads the project's own statements, one per file, each with a header comment", () => {
    const registry = CypherRegistry.load(path.resolve(__dirname, '../../../cypher'));
    const names = registry.names();
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const text = fs.readFileSync(path.join(registry.root, `${name}.cypher`), 'utf8');
      expect(text.startsWith('//')).toBe(true);
      // one statement per file: no statement separator outside the last line
      expect(stripComments(text).replace(/;\s*$/, '')).not.toMatch(/;\s*\S/);
    }
    expect(declaredSchemaNames(registry)).toEqual(
      expect.arrayContaining(['person_id', 'meeting_id', 'entity_search_folded']),
    );
  });

  // USING INDEX alone still admits a NodeIndexScan (the hint is met by a scan): only SEEK rules it out.
  it('has every keyed lookup of a load statement force an index seek, so plans made on a near-empty graph still seek', () => {
    const registry = CypherRegistry.load(path.resolve(__dirname, '../../../cypher'));
    const unhinted: string[] = [];
    for (const name of registry.names('load/')) {
      for (const line of registry.get(name).split('\n'))
        if (/\bMATCH \(\w*:\w+ \{/.test(line) && !/\bUSING INDEX SEEK \w+:\w+\(/.test(line))
          unhinted.push(`${name}: ${line.trim()}`);
    }
    expect(unhinted).toEqual([]);
  });
});
