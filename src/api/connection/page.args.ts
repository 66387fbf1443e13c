import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_FIRST } from './pagination';

/** The arguments of every connection field: a page size and the cursor to continue after (checked by `pageRequest`). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_FIRST })
  first!: number | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

/** A fact's sources: the same arguments, a shorter first page (a title or an edge rarely needs more at a glance). */
@ArgsType()
export class SourcePageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10 })
  first!: number | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

/** A page of meetings within an optional window (partial dates; see src/domain/dates). */
@ArgsType()
export class WindowPageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
  to!: string | null;
}
