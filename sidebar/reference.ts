// The function reference view: the add-on's custom functions with their parameters and
// examples, loaded once from getFunctionReference().
import { ENABLE_FUNCTIONS_HINT } from '../src/functions/enable.ts';
import { h } from './dom.ts';
import { type FunctionDoc, filterFunctions, optionalNote, signature } from './reference-model.ts';
import { errorMessage, server } from './server.ts';

function renderFunction(fn: FunctionDoc): HTMLElement {
  return h(
    'details',
    { class: 'fn' },
    h(
      'summary',
      {},
      h('code', { class: 'fn-name' }, fn.name),
      h('span', { class: 'fn-summary' }, fn.summary),
    ),
    h('p', {}, h('code', {}, signature(fn))),
    fn.params.length > 0 &&
      h(
        'dl',
        { class: 'params' },
        ...fn.params.flatMap((p) => [
          h('dt', {}, h('code', {}, p.name), optionalNote(p)),
          h('dd', {}, p.description),
        ]),
      ),
    h('p', {}, h('strong', {}, 'Returns '), fn.returns),
    h('p', {}, h('strong', {}, 'Example '), h('code', {}, fn.example)),
  );
}

/** Builds the view; `load()` fetches the list the first time the view is shown. */
export function mountReference(root: HTMLElement): { load: () => void } {
  const search = h('input', {
    id: 'ref-search',
    type: 'search',
    autocomplete: 'off',
    placeholder: 'e.g. ROAS, lead, spend',
  });
  // Not a live region: redrawing up to every function per keystroke would be read out in full.
  // The status line announces how many match instead.
  const list = h('div', { class: 'fn-list' });
  const status = h('p', { class: 'status', role: 'status' });
  const alert = h('p', { class: 'alert', role: 'alert', hidden: true });
  const retry = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Try again');
  root.append(
    h('h2', {}, 'Function reference'),
    h(
      'p',
      { class: 'hint' },
      'Type these in any cell like any Sheets function; they accept single cells or whole ranges.',
    ),
    h('p', { class: 'hint' }, ENABLE_FUNCTIONS_HINT),
    h('div', { class: 'field' }, h('label', { for: search.id }, 'Search functions'), search),
    status,
    alert,
    retry,
    list,
  );

  let fns: FunctionDoc[] = [];
  let state: 'idle' | 'loading' | 'loaded' = 'idle';

  const show = (): void => {
    const found = filterFunctions(fns, search.value);
    list.replaceChildren(...found.map(renderFunction));
    const query = search.value.trim();
    status.textContent =
      found.length === 0
        ? 'No function matches.'
        : query === ''
          ? ''
          : `${found.length} ${found.length === 1 ? 'function matches' : 'functions match'}.`;
  };
  search.addEventListener('input', show);

  const load = (): void => {
    if (state !== 'idle') return;
    state = 'loading';
    status.textContent = 'Loading functions…';
    alert.hidden = true;
    retry.hidden = true;
    server.getFunctionReference().then(
      (result) => {
        fns = result;
        state = 'loaded';
        show();
      },
      (err: unknown) => {
        state = 'idle';
        status.textContent = '';
        alert.textContent = `Could not load the function reference: ${errorMessage(err)}`;
        alert.hidden = false;
        retry.hidden = false;
      },
    );
  };
  retry.addEventListener('click', load);
  return { load };
}
