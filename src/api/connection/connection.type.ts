import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Relay connection classes for a node type: `<Name>Connection` with `<Name>Edge`s. */
export function connectionOf<T extends object>(
  node: ClassType<T>,
  name: string,
  /** what `totalCount` counts, where that is not every match */
  totalCount = 'all matches, not just this page',
) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'keyset cursor of this edge, for `after`' })
    cursor!: string;

    @Field(() => node as ClassType)
    node!: T;
  }

  // Never reachable itself, so never emitted: each subclass becomes <Name>Connection with these fields.
  @ObjectType(`${name}ConnectionBase`)
  abstract class Connection {
    @Field(() => Int, { description: totalCount })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [Edge])
    edges!: Edge[];
  }
  return Connection;
}
