import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected at `path` below the current field (through fragments), e.g. ['edges', 'node']
 * for a connection's nodes, so a root query can fetch the children the request will ask for in the same statement.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) {
    sets = sets.flatMap((set) => fieldsOf(set, info).filter((f) => f.name.value === step && f.selectionSet).map((f) => f.selectionSet!));
  }
  return new Set(sets.flatMap((set) => fieldsOf(set, info).map((f) => f.name.value)));
}

function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, info, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = info.fragments[s.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, info, seen) : [];
  });
}
