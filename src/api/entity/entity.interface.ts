import { Field, ID, InterfaceType } from 'type-graphql';

/** What every node of the graph shows a client: enough to draw it, click it and expand it. */
@InterfaceType('Entity', {
  resolveType: (value: { label?: string }) => value.label,
})
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
