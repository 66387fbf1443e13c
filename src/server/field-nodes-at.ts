import { Kind, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';

/** The fields of `set` (through fragments and inline fragments) whose response key is `key`. */
function fieldsNamed(
  document: DocumentNode,
  set: SelectionSetNode,
  key: string,
  seen = new Set<string>(),
): FieldNode[] {
  return set.selections.flatMap((s): FieldNode[] => {
    if (s.kind === Kind.FIELD) return (s.alias ?? s.name).value === key ? [s] : [];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(document, s.selectionSet, key, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = document.definitions.find(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION
      ? fieldsNamed(document, fragment.selectionSet, key, seen)
      : [];
  });
}

/** The field nodes an answer's path leads to (list indexes skipped), as graphql-js gives them to a resolver. */
export function fieldNodesAt(
  document: DocumentNode,
  operationName: string | undefined,
  path: readonly (string | number)[],
): FieldNode[] {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
  let nodes: FieldNode[] = [];
  let sets = [operation.selectionSet];
  for (const key of path) {
    if (typeof key === 'number') continue;
    nodes = sets.flatMap((set) => fieldsNamed(document, set, key));
    sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  }
  return nodes;
}
