import { ArgsType } from 'type-graphql';
import { NewestArticlesArgs } from '../common/newest-articles.args';
import { windowed } from '../connection/page.args';

/** Over how many of a person's newest articles, in which window of dates, to gather its titles. */
@ArgsType()
export class TitleHistoryArgs extends windowed(NewestArticlesArgs) {}
