// Sidebar entry: two tabs, the goal wizard and the function reference; the server's template
// variable `view` ('wizard' | 'reference') picks the one shown first.
import { byId } from './dom.ts';
import { mountReference } from './reference.ts';
import { mountWizard } from './wizard.ts';

type View = 'wizard' | 'reference';
const VIEWS: View[] = ['wizard', 'reference'];

mountWizard(byId('panel-wizard'));
const reference = mountReference(byId('panel-reference'));

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
}

for (const v of VIEWS) {
  const tab = byId(`tab-${v}`);
  tab.addEventListener('click', () => show(v, false));
  tab.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    show(VIEWS[(VIEWS.indexOf(v) + 1) % VIEWS.length] as View, true);
  });
}

// Outside a template (e.g. a test page) the attribute holds the raw scriptlet: show the wizard.
show(document.body.dataset.view === 'reference' ? 'reference' : 'wizard', false);
