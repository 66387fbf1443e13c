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
    expect(registry.get('a/one')).toBe('// one\nRETURN 1');
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

  it('refuses a file that holds only comments', () => {
    expect(() => CypherRegistry.load(tempCypherDir({ 'empty.cypher': '// nothing here\n' }))).toThrow(
      /holds no statement/,
    );
  });

  it('fails when the folder does not exist', () => {
    expect(() => CypherRegistry.load('/nonexistent/parley/cypher')).toThrow(/Cypher folder not found/);
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
      const text = registry.get(name);
      expect(text.startsWith('//')).toBe(true);
      // one statement per file: no statement separator outside the last line
      expect(stripComments(text).replace(/;\s*$/, '')).not.toMatch(/;\s*\S/);
    }
    expect(declaredSchemaNames(registry)).toEqual(
      expect.arrayContaining(['person_id', 'meeting_id', 'entity_search']),
    );
  });
});
