import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

type Variables = GraphQLResolveInfo['variableValues'];

/**
 * Names of the fields selected at `path` below the current field (through fragments), e.g. ['edges', 'node']
 * for a connection's nodes, so a root query can fetch the children the request will ask for in the same statement.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) {
    sets = sets.flatMap((set) =>
      fieldsOf(set, info.fragments, info.variableValues)
        .filter((f) => f.name.value === step && f.selectionSet)
        .map((f) => f.selectionSet!),
    );
  }
  return new Set(
    sets.flatMap((set) => fieldsOf(set, info.fragments, info.variableValues).map((f) => f.name.value)),
  );
}

// The fields every statement's lean map of a node carries (the rest are details, fetched only when selected).
const LEAN_FIELDS = new Set(['id', 'label', 'name', '__typename']);

/** Whether `selected` holds a field beyond a node's id, label and name (so its full map must be fetched). */
export function selectsDetail(selected: ReadonlySet<string>): boolean {
  return [...selected].some((field) => !LEAN_FIELDS.has(field));
}

/** A field selected directly below the current one, seen ahead so the parent's statement can fetch it too. */
export interface ChildField {
  /** its arguments, coerced as execution will (defaults applied) */
  args: Record<string, unknown>;
  /** as `selectedFields`, below this child */
  selected(path?: string[]): Set<string>;
  /** as `childField`, one level further down */
  child(name: string): ChildField | null;
}

/**
 * The field `name` selected directly below the current field (through fragments), or null when it is not selected,
 * is selected more than once (aliases with other arguments) or its arguments do not coerce (execution reports that).
 */
export function childField(info: GraphQLResolveInfo, name: string): ChildField | null {
  const nodes = info.fieldNodes
    .flatMap((f) => (f.selectionSet ? fieldsOf(f.selectionSet, info.fragments, info.variableValues) : []))
    .filter((f) => f.name.value === name);
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[name] : undefined;
  if (nodes.length !== 1 || !definition) return null;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(definition, nodes[0]!, info.variableValues);
  } catch {
    return null;
  }
  const below = { ...info, fieldNodes: nodes, returnType: definition.type };
  return {
    args,
    selected: (path = []) => selectedFields(below, path),
    child: (child) => childField(below, child),
  };
}

/**
 * The fields of a selection set, through its fragment spreads (each once) and inline fragments; given the request's
 * variables, without the selections that @skip or @include leave out.
 */
export function fieldsOf(
  set: SelectionSetNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>,
  variables?: Variables,
  seen = new Set<string>(),
): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (variables && !included(s, variables)) return [];
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, fragments, variables, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = fragments[s.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, fragments, variables, seen) : [];
  });
}

/** Whether execution will resolve the selection: no @skip(if: true), no @include(if: false). */
function included(node: SelectionNode, variables: Variables): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}
