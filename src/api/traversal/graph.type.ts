import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RelationshipType } from './relationship-type';
import { LocalDateScalar } from '../scalars/local-date.scalar';

/** A node for a graph view: any label, with the few properties a view labels it with. */
@ObjectType('GraphNode', { simpleResolvers: true })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Neo4j label' })
  label!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { description: 'hops from the center (neighborhood) or position in the path' })
  depth!: number;

  @Field(() => String, { nullable: true, description: 'a meeting date, an article date' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'a meeting or organization kind' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: "a person's latest title" })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO code of the related country' })
  country!: string | null;
}

/** A relationship for a graph view, in its stored direction. */
@ObjectType('GraphEdge', { simpleResolvers: true })
export class GraphEdge {
  @Field(() => ID, { description: 'stable within one answer: source|type|target' })
  id!: string;

  @Field(() => ID, { description: 'id of the start node' })
  source!: string;

  @Field(() => ID, { description: 'id of the end node' })
  target!: string;

  @Field(() => String, { description: 'relationship type: ATTENDED, HOLDS_POSITION, …' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'ATTENDED/HOLDS_POSITION title' })
  title!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  since!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  until!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'first article date stating it (facts many articles repeat: titles, countries, departments)',
  })
  firstSeen!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'last article date stating it (as firstSeen)',
  })
  lastSeen!: string | null;

  @Field(() => Int, { description: 'number of supporting articles (`sources` pages them, newest first)' })
  sourceCount!: number;
}

@ObjectType('LinkCount', { simpleResolvers: true })
export class LinkCount {
  @Field(() => RelationshipType)
  type!: RelationshipType;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Neighborhood', { simpleResolvers: true })
export class Neighborhood {
  @Field(() => GraphNode)
  center!: GraphNode;

  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, {
    description:
      'true when the node limit cut the answer, or a hub (a node with more relationships of the followed types than the limit) is shown without its neighbours',
  })
  truncated!: boolean;

  @Field(() => [LinkCount], {
    description:
      "the center's relationships of each followed type it has any of, most first: how many its neighbourhood holds when the answer is cut",
  })
  centerLinks!: LinkCount[];
}

@ObjectType('GraphPath', { simpleResolvers: true })
export class GraphPath {
  @Field(() => Int, { description: 'number of relationships' })
  length!: number;

  @Field(() => [GraphNode], { description: 'in order, from the first entity to the second' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'edges[i] links nodes[i] and nodes[i+1]' })
  edges!: GraphEdge[];
}
