import fs from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley.error';

/** Files under this folder are fragments: never run alone, only spliced into statements by `// @include`. */
export const FRAGMENT_PREFIX = 'fragments/';

// `// @include fragments/person-map p=o name=$a.name`: the whole line becomes the fragment, indented like it.
const INCLUDE = /^(\s*)\/\/\s*@include\s+(\S+)((?:\s+[A-Za-z]\w*=\S+)*)\s*$/;
// A fragment's placeholders: {{p}} is replaced by the include's p=… argument.
const PLACEHOLDER = /\{\{([A-Za-z]\w*)\}\}/g;

/**
 * One Cypher statement per file under cypher/, named by its path without extension ("load/merge-people"). A statement
 * may include fragments (cypher/fragments/), so a projection or lookup is written once; the registry expands them on
 * load, and a missing fragment, a missing or unused argument, or an include cycle fails start-up.
 */
export class CypherRegistry {
  private constructor(
    private readonly statements: ReadonlyMap<string, string>,
    readonly root: string,
  ) {}

  static load(root: string): CypherRegistry {
    if (!fs.existsSync(root)) {
      throw new ParleyError(ErrorCode.CypherMissing, `Cypher folder not found: ${root}`);
    }
    const sources = new Map<string, string>();
    for (const file of listCypherFiles(root)) {
      const name = path
        .relative(root, file)
        .replace(/\\/g, '/')
        .replace(/\.cypher$/, '');
      sources.set(name, fs.readFileSync(file, 'utf8').trim());
    }
    const statements = new Map<string, string>();
    for (const [name, text] of sources) {
      // Fragments are expanded too (their placeholders stay) so that a cycle or a missing file fails here.
      const expanded = expand(name, text, sources, []);
      if (!stripComments(expanded)) {
        throw new ParleyError(
          ErrorCode.CypherMissing,
          `Cypher file ${path.join(root, name)}.cypher holds no statement`,
        );
      }
      if (!name.startsWith(FRAGMENT_PREFIX)) statements.set(name, compact(expanded));
    }
    return new CypherRegistry(statements, root);
  }

  /**
   * The statement named as Neo4j receives it: fragments expanded, comment lines and indentation dropped (see
   * `compact`); a missing one is a start-up failure, since repositories resolve theirs on construction.
   */
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

  /** Names of the statements (fragments are not statements). */
  names(prefix = ''): string[] {
    return [...this.statements.keys()].filter((n) => n.startsWith(prefix)).sort();
  }
}

function includeError(at: string, message: string): ParleyError {
  return new ParleyError(ErrorCode.CypherMissing, `Cypher ${at}: ${message}`, { name: at });
}

/** Replaces every include line of `text` (from file `name`) by its fragment, recursively. */
function expand(name: string, text: string, sources: ReadonlyMap<string, string>, stack: string[]): string {
  return text
    .split('\n')
    .map((line) => {
      const m = INCLUDE.exec(line);
      if (!m) return line;
      const [, indent, target, argText] = m as unknown as [string, string, string, string];
      if (!target.startsWith(FRAGMENT_PREFIX))
        throw includeError(name, `@include ${target}: only ${FRAGMENT_PREFIX}… can be included`);
      if (stack.includes(target) || target === name)
        throw includeError(name, `@include cycle: ${[...stack, name, target].join(' → ')}`);
      const source = sources.get(target);
      if (source === undefined) throw includeError(name, `@include ${target}: no file ${target}.cypher`);
      const args = new Map(
        argText
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as const),
      );
      const used = new Set<string>();
      const body = stripComments(expand(target, source, sources, [...stack, name])).replace(
        PLACEHOLDER,
        (_, key: string) => {
          const value = args.get(key);
          if (value === undefined) throw includeError(name, `@include ${target}: argument ${key}=… missing`);
          used.add(key);
          return value;
        },
      );
      const unused = [...args.keys()].filter((k) => !used.has(k));
      if (unused.length > 0)
        throw includeError(name, `@include ${target}: unknown argument(s) ${unused.join(', ')}`);
      return body
        .split('\n')
        .map((l) => indent + l)
        .join('\n');
    })
    .join('\n');
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

/**
 * A statement without comment lines and indentation: the text travels to Neo4j with every request and Neo4j reads it
 * each time to find its cached plan (with them, counterparts took 2.5 KB and two socket writes; without, per request
 * 15-35 % less CPU for Counterparts, Search and ShortestPath, Node and JVM together). A trailing `//` comment stays,
 * ended by its line.
 */
export function compact(text: string): string {
  return stripComments(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The statement without `//` comment lines. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}
