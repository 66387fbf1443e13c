import neo4j, { type Integer, type Node, type Path, type Relationship } from 'neo4j-driver';

/** Converts driver values (Integer, temporal types, nodes, relationships, paths) into plain JSON-able values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  // Bolt maps arrive as plain objects; only class instances (temporal values, graph entities) need the checks below.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value)) {
    const node = value as Node;
    return { labels: node.labels, ...(toPlain(node.properties) as object) };
  }
  if (neo4j.isRelationship(value)) {
    const rel = value as Relationship;
    return { type: rel.type, ...(toPlain(rel.properties) as object) };
  }
  if (neo4j.isPath(value)) {
    const p = value as Path;
    return p.segments.map((s) => ({
      start: toPlain(s.start),
      relationship: toPlain(s.relationship),
      end: toPlain(s.end),
    }));
  }
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = toPlain(value[k]);
  return out;
}
