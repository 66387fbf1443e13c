import { Field, ID, InterfaceType } from 'type-graphql';

/** An entity's GraphQL type is its Neo4j label. */
export const entityTypeName = (value: { label?: string }): string | undefined => value.label;

/** What every node of the graph shows a client: enough to draw it, click it and expand it. */
@InterfaceType('Entity', { resolveType: entityTypeName })
export abstract class Entity {
  @Field(() => ID, { description: 'graph id (person:…, org:…, ISO code for countries, …)' })
  id!: string;

  @Field(() => String, {
    description: 'the Neo4j label: Person, Organization, Country, Place, Meeting, Topic, Article',
  })
  label!: string;

  @Field(() => String, { description: 'display name (an article: its title)' })
  name!: string;
}
