// Sidebar entry: four tabs - the goal wizard, the flags panel, prepare for sharing and the function
// reference; the server's template variable `view` ('wizard' | 'flags' | 'sharing' | 'reference')
// picks the one shown first.
import { byId } from './dom.ts';
import { mountFlags } from './flags.ts';
import { mountReference } from './reference.ts';
import { mountSharing } from './sharing.ts';
import { mountWizard } from './wizard.ts';

type View = 'wizard' | 'flags' | 'sharing' | 'reference';
const VIEWS: View[] = ['wizard', 'flags', 'sharing', 'reference'];

mountWizard(byId('panel-wizard'));
const flags = mountFlags(byId('panel-flags'));
const reference = mountReference(byId('panel-reference'));
const sharing = mountSharing(byId('panel-sharing'));

function show(view: View, moveFocus: boolean): void {
  for (const v of VIEWS) {
    const tab = byId(`tab-${v}`);
    const on = v === view;
    tab.setAttribute('aria-selected', String(on));
    // Roving tabindex: Tab reaches only the selected tab, arrows move between tabs.
    tab.tabIndex = on ? 0 : -1;
    byId(`panel-${v}`).hidden = !on;
    if (on && moveFocus) tab.focus();
  }
  if (view === 'reference') reference.load();
  if (view === 'flags') flags.load();
  if (view === 'sharing') sharing.load();
}

for (const v of VIEWS) {
  const tab = byId(`tab-${v}`);
  tab.addEventListener('click', () => show(v, false));
  tab.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : VIEWS.length - 1;
    show(VIEWS[(VIEWS.indexOf(v) + step) % VIEWS.length] as View, true);
  });
}

// Outside a template (e.g. a test page) the attribute holds the raw scriptlet: show the wizard.
const initial = VIEWS.find((v) => v === document.body.dataset.view) ?? 'wizard';
show(initial, false);
