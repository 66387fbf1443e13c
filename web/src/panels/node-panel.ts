import type { ArticleMentions, GraphNode, Neighborhood, Ref } from '../api/api.types';
import { runOperation } from '../api/parley-api';
import { windowVariables } from '../state/url-state';
import type { TimelineItem } from '../tabs/timeline-tab';
import { notice } from '../ui/dom';
import { articlePanel } from './article-panel';
import { neighboursPanel, organizationPanel, topicPanel } from './entity-panel';
import { loadMeeting } from './meeting-details';
import { meetingPanel } from './meeting-panel';
import { askNodeArticles, NAMED_IN_ARTICLES } from './node-articles';
import type { PanelContext } from './panel-context';
import { personPanel } from './person-panel';

// An article's panel lists the articles most like it, and what it names; a long readout's rest is paged by GraphQL.
const RELATED_SHOWN = 6;
const ARTICLE_NAMES_SHOWN = 50;

/** What an article names (its panel's request), or null when the id is not an article's. */
async function articleNames(id: string): Promise<ArticleMentions | null> {
  const found = (await runOperation('ArticleMentions', { id, first: ARTICLE_NAMES_SHOWN })).entity;
  return found?.mentions ? (found as ArticleMentions) : null;
}

/** What the dashboard shows around the node whose panel opens. */
export interface PanelView {
  from: string;
  to: string;
  /** the graph's centre, and its neighbourhood as drawn */
  center: Ref | null;
  hood: Neighborhood | null;
  /** the node the analyst keeps the panel's articles to (they must name it too) */
  narrowedTo: Ref | null;
  neighbours(id: string): GraphNode[];
}

/** A node's panel, and the meetings the timeline lists for it (null: the graph's). */
export interface NodePanel {
  panel: HTMLElement;
  meetings: TimelineItem[] | null;
}

const only = (panel: HTMLElement): NodePanel => ({ panel, meetings: null });

/** Asks what a node's panel shows (its own operation beside the newest articles naming it) and builds the panel. */
export async function nodePanel(ctx: PanelContext, node: Ref, view: PanelView): Promise<NodePanel> {
  const { from, to } = view;
  const window = windowVariables({ from, to });
  // the newest articles naming the node in the time window, asked beside its own view (no second wait)
  const centre =
    view.center && view.center.id !== node.id && NAMED_IN_ARTICLES.has(view.center.label)
      ? view.center
      : null;
  const also = view.narrowedTo && view.narrowedTo.id !== node.id ? view.narrowedTo : null;
  const asked = askNodeArticles(node, { from, to, centre, also });
  asked.catch(() => undefined); // awaited below; a failure shows as the panel's error, not as an unhandled rejection
  switch (node.label) {
    case 'Person': {
      const [profile, titles, articles] = await Promise.all([
        runOperation('PersonProfile', { name: node.id }),
        runOperation('TitleHistory', { name: node.id, ...window }),
        asked,
      ]);
      const person = profile.person;
      if (!person)
        return only(
          notice('empty', `No profile for ${node.name} — it may have been reloaded; search again.`),
        );
      return {
        panel: personPanel(ctx, person, articles, titles.person?.titleHistory),
        meetings: person.meetings.edges.map(({ node: m }) => ({ ...m, detail: m.place?.name })),
      };
    }
    case 'Meeting': {
      const meeting = await loadMeeting(
        node.id,
        view.center?.id === node.id ? (view.hood ?? undefined) : undefined,
      );
      if (!meeting) return only(notice('empty', `No meeting ${node.name} — search again.`));
      return { panel: meetingPanel(ctx, meeting), meetings: [{ ...meeting, detail: meeting.place?.name }] };
    }
    case 'Organization': {
      const [people, articles] = await Promise.all([
        runOperation('OrganizationPeople', { name: node.id }),
        asked,
      ]);
      if (!people.organization) return only(notice('empty', `No organization ${node.name} — search again.`));
      return only(organizationPanel(ctx, people.organization, articles));
    }
    case 'Topic': {
      const [meetings, articles] = await Promise.all([
        runOperation('TopicMeetings', { topic: node.name }),
        asked,
      ]);
      const topic = meetings.topicMeetings;
      return {
        panel: topicPanel(ctx, node, topic, articles),
        meetings: topic.edges.map(({ node: m }) => ({ ...m, detail: m.place?.name })),
      };
    }
    case 'Article': {
      const [article, related] = await Promise.all([
        articleNames(node.id),
        runOperation('RelatedArticles', { id: node.id, top: RELATED_SHOWN, ...window }),
      ]);
      if (!article) return only(notice('empty', `No article ${node.name} — search again.`));
      return only(articlePanel(ctx, article, related.entity?.related ?? []));
    }
    default:
      return only(neighboursPanel(ctx, node, view.neighbours(node.id), await asked));
  }
}
