import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Article } from '../article/article.type';

export enum IngestStatus {
  CREATED = 'CREATED',
  MATCHED = 'MATCHED',
}
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: 'whether ingesting created the node or matched one already in the graph',
});

@ObjectType('IngestedEntity', { simpleResolvers: true })
export class IngestedEntity {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => IngestStatus)
  status!: IngestStatus;

  @Field(() => String, { nullable: true, description: 'meetings: the date at its precision' })
  date!: string | null;
}

/** What one posted article created or matched. */
@ObjectType('IngestResult', { simpleResolvers: true })
export class IngestResult {
  @Field(() => ID)
  articleId!: string;

  @Field(() => Article, { nullable: true })
  article!: Article | null;

  @Field(() => [IngestedEntity])
  people!: IngestedEntity[];

  @Field(() => [IngestedEntity])
  meetings!: IngestedEntity[];

  @Field(() => [IngestedEntity])
  topics!: IngestedEntity[];
}
