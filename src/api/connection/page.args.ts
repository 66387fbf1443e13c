import { ArgsType, Field, ID, Int, type ClassType } from 'type-graphql';
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

/** Arguments with an optional window of dates (partial dates; see src/api/common/date-window). */
export function windowed<T extends ClassType>(Base: T) {
  @ArgsType()
  class Windowed extends Base {
    @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
    from!: string | null;

    @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' })
    to!: string | null;
  }
  return Windowed;
}

/** A page of meetings within an optional window. */
export const WindowPageArgs = windowed(PageArgs);
export type WindowPageArgs = InstanceType<typeof WindowPageArgs>;

/** How many other nodes one page of articles may ask to be named with its own (each adds a check per article). */
export const MAX_WITH = 4;

/** A page of a node's articles within an optional window of their dates, optionally only those naming others too. */
@ArgsType()
export class MentionPageArgs extends windowed(SourcePageArgs) {
  @Field(() => [ID], {
    nullable: true,
    description: `only the articles that also mention each of these nodes (ids, at most ${MAX_WITH})`,
  })
  with!: string[] | null;
}

/** A window of dates alone. */
@ArgsType()
export class WindowArgs extends windowed(class {}) {}
