import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldsOf } from '../api/common/selection';

/** The field nodes an answer's path leads to (list indexes skipped), as graphql-js gives them to a resolver. */
export function fieldNodesAt(
  document: DocumentNode,
  operationName: string | undefined,
  path: readonly (string | number)[],
): FieldNode[] {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return [];
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  let nodes: FieldNode[] = [];
  let sets = [operation.selectionSet];
  for (const key of path) {
    if (typeof key === 'number') continue;
    nodes = sets.flatMap((set) => fieldsOf(set, fragments).filter((f) => (f.alias ?? f.name).value === key));
    sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  }
  return nodes;
}
