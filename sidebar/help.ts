// Help inside the sidebar: one short section per panel (what it is for, how to start) and the
// "Help" link each panel shows. Inside the sidebar, not on a web page, so it works offline and in
// any copy of the file; the README sections it names hold the details.
import { h } from './dom.ts';

export type HelpTopic = 'wizard' | 'flags' | 'sharing' | 'reference';

/** The event a panel's Help link sends; main.ts shows the help view at that topic. */
export const HELP_EVENT = 'sidebar-help';

const TOPICS: readonly { topic: HelpTopic; title: string; text: string[]; readme: string }[] = [
  {
    topic: 'wizard',
    title: 'Set up a campaign goal',
    text: [
      'Say what you pay for (sales, leads or clicks), how many you want, by when, and the most one may cost.',
      'Create sheet builds a goal sheet that tracks progress day by day and flags every row whose cost per result is over your limit: red once confirmed, amber while not yet sure (it may still be bad luck; its Status says how much more spend without a result would confirm it).',
    ],
    readme: 'The setup wizard and the campaign-goal sheet',
  },
  {
    topic: 'flags',
    title: 'Flag limit breaches on a report',
    text: [
      'Paste or import an ad-platform export (Google Ads, Meta, LinkedIn, Microsoft, TikTok or your own) and open Flag limit breaches on its sheet.',
      'Type your CPA, CPL or CPC limit and Apply: a Status column says by how much each row is over and how sure that is; those rows turn red once confirmed, amber while not yet sure. Change the limit or the confidence level under it in the cells beside Status, or Remove the flags; the report itself is never changed.',
    ],
    readme: 'Flags on reports you already have',
  },
  {
    topic: 'sharing',
    title: 'Share with clients',
    text: [
      'A client without the add-on sees #NAME? where its functions are. Prepare for sharing turns each call into native Sheets formulas that show the same values.',
      'Client copies (the default) leaves your sheets as they are. Converting in place can be undone with File > Version history.',
    ],
    readme: 'Sharing with clients (Prepare for sharing)',
  },
  {
    topic: 'reference',
    title: 'KPI functions',
    text: [
      'Type =ROAS( in any cell and pick the ranges; every function takes single cells or whole columns.',
      'Percentages come back as fractions: format the cell as a percent.',
      'BREACH_CONFIDENCE gives the confidence behind the flags\' "confirmed" (red) and "not yet sure" (amber); AB_CONFIDENCE, how sure it is that two ads or pages convert differently.',
    ],
    readme: 'The functions',
  },
];

/** The "Help" link of a panel: opens the help view at its topic. */
export function helpLink(topic: HelpTopic, panelName: string): HTMLButtonElement {
  const link = h(
    'button',
    { type: 'button', class: 'link help-link', 'aria-label': `Help: ${panelName}` },
    'Help',
  );
  link.addEventListener('click', () => {
    document.dispatchEvent(new CustomEvent<HelpTopic>(HELP_EVENT, { detail: topic }));
  });
  return link;
}

/** A panel's heading with its Help link beside it. */
export function panelHeading(
  title: string,
  topic: HelpTopic,
): { bar: HTMLElement; heading: HTMLHeadingElement } {
  const heading = h('h2', { tabindex: '-1' }, title);
  return { bar: h('div', { class: 'panel-head' }, heading, helpLink(topic, title)), heading };
}

/** Builds the help view; `show(topic)` moves focus to that topic's heading. */
export function mountHelp(root: HTMLElement): { show: (topic?: HelpTopic) => void } {
  const headings = new Map<HelpTopic, HTMLElement>();
  const title = h('h2', { tabindex: '-1' }, 'Help');
  root.append(
    title,
    ...TOPICS.map(({ topic, title: t, text, readme }) => {
      const heading = h('h3', { id: `help-${topic}`, tabindex: '-1' }, t);
      headings.set(topic, heading);
      return h(
        'section',
        { class: 'help-topic', 'aria-labelledby': heading.id },
        heading,
        ...text.map((p) => h('p', {}, p)),
        h('p', { class: 'hint' }, `More in the README, section “${readme}”.`),
      );
    }),
  );
  return {
    show(topic?: HelpTopic): void {
      const target = topic ? headings.get(topic) : title;
      target?.scrollIntoView({ block: 'start' });
      target?.focus();
    },
  };
}
