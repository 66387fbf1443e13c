import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley.error';

/** One Cypher statement per file under cypher/, named by its path without extension ("load/merge-people"). */
export class CypherRegistry {
  private constructor(
    private readonly statements: ReadonlyMap<string, string>,
    readonly root: string,
  ) {}

  static load(root: string): CypherRegistry {
    if (!fs.existsSync(root)) {
      throw new ParleyError(ErrorCode.CypherMissing, `Cypher folder not found: ${root}`);
    }
    const statements = new Map<string, string>();
    for (const file of listCypherFiles(root)) {
      const name = path
        .relative(root, file)
        .replace(/\\/g, '/')
        .replace(/\.cypher$/, '');
      const text = fs.readFileSync(file, 'utf8').trim();
      if (!stripComments(text)) {
        throw new ParleyError(ErrorCode.CypherMissing, `Cypher file ${file} holds no statement`);
      }
      statements.set(name, text);
    }
    return new CypherRegistry(statements, root);
  }

  /** The statement named; a missing one is a start-up failure, since repositories resolve theirs on construction. */
  get(name: string): string {
    const text = this.statements.get(name);
    if (text === undefined) {
      throw new ParleyError(
        ErrorCode.CypherMissing,
        `Cypher statement "${name}" not found: expected ${path.join(this.root, name)}.cypher`,
        { name },
      );
    }
    return text;
  }

  names(prefix = ''): string[] {
    return [...this.statements.keys()].filter((n) => n.startsWith(prefix)).sort();
  }
}

function listCypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listCypherFiles(full);
      return entry.name.endsWith('.cypher') ? [full] : [];
    })
    .sort();
}

/** The statement without `//` comment lines, for emptiness checks. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}
