/** A property value as exported: what toPlain makes of a stored value (dates as ISO strings). */
export type PropertyValue = string | number | boolean | null | (string | number | boolean | null)[];

export type ExportNode = {
  label: string;
  props: Record<string, PropertyValue>;
};

export type ExportRelationship = {
  source: string;
  sourceLabel: string;
  type: string;
  target: string;
  targetLabel: string;
  props: Record<string, PropertyValue>;
};

/** How a property is stored, simplified to what the formats can declare. */
export type PropertyKind =
  'string' | 'long' | 'double' | 'boolean' | 'date' | 'string[]' | 'long[]' | 'double[]';

/** Property names and kinds per node label and per relationship type, from Neo4j's schema procedures. */
export interface ExportSchema {
  nodes: Map<string, Map<string, PropertyKind>>;
  relationships: Map<string, Map<string, PropertyKind>>;
}

/** One output format: told the schema first, then every node, then every relationship, then end. */
export interface GraphWriter {
  begin(schema: ExportSchema): Promise<void>;
  node(node: ExportNode): Promise<void>;
  relationship(relationship: ExportRelationship): Promise<void>;
  /** finishes the files; returns the paths written */
  end(): Promise<string[]>;
}

/** Neo4j's names of stored types (db.schema.*TypeProperties) mapped to kinds; anything else is exported as a string. */
export function propertyKind(types: readonly string[]): PropertyKind {
  const known: Record<string, PropertyKind> = {
    String: 'string',
    Long: 'long',
    Double: 'double',
    Boolean: 'boolean',
    Date: 'date',
    StringArray: 'string[]',
    LongArray: 'long[]',
    DoubleArray: 'double[]',
  };
  const kinds = new Set(types.map((t) => known[t] ?? 'string'));
  if (kinds.size === 1) return [...kinds][0]!;
  return [...kinds].every((k) => k.endsWith('[]')) ? 'string[]' : 'string';
}
