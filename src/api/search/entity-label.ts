import { registerEnumType } from 'type-graphql';

/** The labels a search may be restricted to (a whitelist: labels never come from user text). */
export enum EntityLabel {
  Person = 'Person',
  Organization = 'Organization',
  Country = 'Country',
  Place = 'Place',
  Meeting = 'Meeting',
  Topic = 'Topic',
  Article = 'Article',
}

registerEnumType(EntityLabel, { name: 'EntityLabel', description: 'a node label of the public graph model' });
