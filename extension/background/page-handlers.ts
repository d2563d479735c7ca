/**
 * Handlers for messages from content scripts: tags and page-API signals from the MAIN world,
 * and the user's form entries. The page each message belongs to is the sender's tab's page.
 */
import {
  attributeApiSignals,
  attributeTags,
  identifierDeltas,
  identifiersGiven,
  pageContextOf,
  personalizationDeltas,
  privacyLinkDeltas,
  type PageContext,
  type TrackerMatcher,
} from '../../src/classify';
import type { ObservationDelta } from '../../src/model';
import type { MessageOf, Response } from '../../src/protocol';
import type { IdentifierWatch } from './identifier-watch';
import type { Recorder } from './recorder';
import type { PageSender } from './router';
import type { TabPages } from './tab-pages';

interface Context {
  ready: Promise<TrackerMatcher>;
  tabPages: TabPages;
  watch: IdentifierWatch;
  recorder: Recorder;
}

export function createPageHandlers({ ready, tabPages, watch, recorder }: Context) {
  async function withPage(
    sender: PageSender,
    work: (page: PageContext, matcher: TrackerMatcher) => ObservationDelta[] | Promise<ObservationDelta[]>,
  ): Promise<Response> {
    // A top frame's message belongs to the document that sent it, even when the tab has moved on
    // (reports flushed at pagehide arrive after the next navigation began); frames use the tab's page.
    const ownPage = sender.frameId === 0 ? pageContextOf(sender.url) : undefined;
    const [matcher, page] = await Promise.all([ready, ownPage ?? tabPages.resolve(sender.tabId)]);
    if (!page) return { ok: false, error: 'not a web page' };
    for (const delta of await work(page, matcher)) recorder.record(delta, matcher);
    return { ok: true };
  }

  return {
    'page/tag-globals': (message: MessageOf<'page/tag-globals'>, sender: PageSender) => {
      // Tags count when they run in the retailer's own page, not in frames it embeds.
      if (sender.frameId !== 0) return Promise.resolve<Response>({ ok: false, error: 'top frame only' });
      return withPage(sender, (page, matcher) => attributeTags(message.tags, page, matcher, Date.now()));
    },

    'page/api-signals': (message: MessageOf<'page/api-signals'>, sender: PageSender) =>
      withPage(sender, (page, matcher) => attributeApiSignals(message.signals, page, matcher, Date.now())),

    'page/form-submitted': (message: MessageOf<'page/form-submitted'>, sender: PageSender) =>
      withPage(sender, async (page) => {
        const { deltas, watch: entries } = identifiersGiven(
          message.fields,
          page,
          await watch.salt(),
          Date.now(),
        );
        await watch.submitted(sender.tabId, entries);
        return deltas;
      }),

    'page/personalization': (message: MessageOf<'page/personalization'>, sender: PageSender) => {
      if (sender.frameId !== 0) return Promise.resolve<Response>({ ok: false, error: 'top frame only' });
      return withPage(sender, (page) => personalizationDeltas(message.findings, page, Date.now()));
    },

    'page/privacy-links': (message: MessageOf<'page/privacy-links'>, sender: PageSender) => {
      if (sender.frameId !== 0) return Promise.resolve<Response>({ ok: false, error: 'top frame only' });
      return withPage(sender, (page) => privacyLinkDeltas(message.links, page, Date.now()));
    },

    /** A value typed but not submitted: watch for it, and rescan the tab's last requests for it. */
    'page/field-typed': (message: MessageOf<'page/field-typed'>, sender: PageSender) =>
      withPage(sender, () => {
        const typed = watch.typed(sender.tabId, message.field);
        if (!typed) return [];
        const pools = { watchlist: typed.pool, typedNotSubmitted: typed.pool };
        return typed.recent.flatMap(({ request, base }) => identifierDeltas(request, base, pools));
      }),
  };
}
