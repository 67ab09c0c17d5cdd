// Sidebar entry: four tabs - the goal wizard, the flags panel, prepare for sharing and the function
// reference - and the help view each panel's Help link opens; the server's template variable `view`
// ('wizard' | 'flags' | 'sharing' | 'reference' | 'help') picks the one shown first.
import { byId } from './dom.ts';
import { mountFlags } from './flags.ts';
import { HELP_EVENT, type HelpTopic, mountHelp } from './help.ts';
import { mountReference } from './reference.ts';
import { mountSharing } from './sharing.ts';
import { mountWizard } from './wizard.ts';

type Tab = 'wizard' | 'flags' | 'sharing' | 'reference';
type View = Tab | 'help';
const TABS: Tab[] = ['wizard', 'flags', 'sharing', 'reference'];

mountWizard(byId('panel-wizard'));
const flags = mountFlags(byId('panel-flags'));
const reference = mountReference(byId('panel-reference'));
const sharing = mountSharing(byId('panel-sharing'));
const help = mountHelp(byId('panel-help'));

function show(view: View, moveFocus: boolean): void {
  byId('panel-help').hidden = view !== 'help';
  for (const v of TABS) {
    const tab = byId(`tab-${v}`);
    const on = v === view;
    tab.setAttribute('aria-selected', String(on));
    // Roving tabindex: Tab reaches only the selected tab (the first one under help), arrows move between tabs.
    tab.tabIndex = on || (view === 'help' && v === 'wizard') ? 0 : -1;
    byId(`panel-${v}`).hidden = !on;
    if (on && moveFocus) tab.focus();
  }
  if (view === 'reference') reference.load();
  if (view === 'flags') flags.load();
  if (view === 'sharing') sharing.load();
}

for (const v of TABS) {
  const tab = byId(`tab-${v}`);
  tab.addEventListener('click', () => show(v, false));
  tab.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : TABS.length - 1;
    show(TABS[(TABS.indexOf(v) + step) % TABS.length] as Tab, true);
  });
}

document.addEventListener(HELP_EVENT, (event) => {
  show('help', false);
  help.show((event as CustomEvent<HelpTopic>).detail);
});

// Outside a template (e.g. a test page) the attribute holds the raw scriptlet: show the wizard.
const asked = document.body.dataset.view;
const initial: View = asked === 'help' ? 'help' : (TABS.find((v) => v === asked) ?? 'wizard');
show(initial, false);
