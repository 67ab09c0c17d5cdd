// The flags panel's parts, built once: the empty state, "Applied on this sheet", the editor (model,
// limit, the column mapping folded to one line) and the action bar fixed at the bottom of the view.
// Text goes in through dom.ts only.

import type { CostModel } from '../src/plans/shared/cost-model.ts';
import { h } from './dom.ts';
import { ROLE_LABELS } from './flags-model.ts';

const MODELS: { model: CostModel; label: string }[] = [
  { model: 'CPA', label: 'CPA (per conversion)' },
  { model: 'CPL', label: 'CPL (per lead)' },
  { model: 'CPC', label: 'CPC (per click)' },
];

export interface MappingRow {
  role: string;
  label: string;
  labelEl: HTMLLabelElement;
  select: HTMLSelectElement;
  error: HTMLElement;
}

export interface FlagsParts {
  empty: HTMLElement;
  emptyText: HTMLElement;
  applied: HTMLElement;
  appliedList: HTMLElement;
  editor: HTMLElement;
  found: HTMLElement;
  problems: HTMLElement;
  skipped: HTMLElement;
  mappingLine: HTMLElement;
  toggleMapping: HTMLButtonElement;
  mapping: HTMLElement;
  rows: MappingRow[];
  limitLabel: HTMLLabelElement;
  limitInput: HTMLInputElement;
  limitHint: HTMLElement;
  limitError: HTMLElement;
  status: HTMLElement;
  alert: HTMLElement;
  apply: HTMLButtonElement;
  change: HTMLButtonElement;
  remove: HTMLButtonElement;
  reread: HTMLButtonElement;
  bar: HTMLElement;
}

export const LIMIT_HINT = 'Rows that cost more per result turn red.';

const messageSlot = (id: string): HTMLElement => h('p', { class: 'error', id, hidden: true });

/** The mapping dropdowns: spend and results first, the columns the rule does not need folded away. */
function mappingParts(): Pick<FlagsParts, 'mapping' | 'rows' | 'mappingLine' | 'toggleMapping'> {
  const rows = ROLE_LABELS.map(({ role, label }): MappingRow => {
    const error = messageSlot(`flags-${role}-error`);
    const select = h('select', { id: `flags-${role}`, name: role, 'aria-describedby': error.id });
    return { role, label, labelEl: h('label', { for: select.id }, label), select, error };
  });
  const field = (r: MappingRow): HTMLElement => h('div', { class: 'field' }, r.labelEl, r.select, r.error);
  const optional = new Set(['campaign', 'impressions', 'revenue', 'date']);
  const mapping = h(
    'fieldset',
    { id: 'flags-mapping', hidden: true },
    h('legend', {}, 'Columns'),
    h('p', { class: 'hint' }, 'Spend and the results column of your model are needed.'),
    ...rows.filter((r) => !optional.has(r.role)).map(field),
    h(
      'details',
      {},
      h('summary', {}, 'Other columns (optional)'),
      ...rows.filter((r) => optional.has(r.role)).map(field),
    ),
  );
  const toggleMapping = h(
    'button',
    { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': mapping.id },
    'Change columns',
  );
  const mappingLine = h('span', { id: 'flags-mapping-line' });
  return { mapping, rows, mappingLine, toggleMapping };
}

export function buildFlags(form: HTMLFormElement): FlagsParts {
  const emptyText = h('p', {});
  const empty = h(
    'section',
    { class: 'empty-state', 'aria-label': 'No report on this sheet', hidden: true },
    emptyText,
    h(
      'p',
      { class: 'hint' },
      'Paste an ad-platform export into a sheet (or File > Import a CSV), open that sheet, then choose Read the sheet again.',
    ),
  );
  const appliedHeading = h('h3', { id: 'flags-applied-heading' }, 'Applied on this sheet');
  const appliedList = h('dl', { class: 'found' });
  const applied = h(
    'section',
    { class: 'applied', 'aria-labelledby': appliedHeading.id, hidden: true },
    appliedHeading,
    appliedList,
  );
  const m = mappingParts();
  const limitError = messageSlot('flags-limit-error');
  const limitHint = h('p', { class: 'hint', id: 'flags-limit-hint' }, LIMIT_HINT);
  const limitInput = h('input', {
    id: 'flags-limit',
    name: 'limit',
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    'aria-describedby': `${limitHint.id} ${limitError.id}`,
  });
  const limitLabel = h('label', { for: limitInput.id }, 'Limit');
  const modelSet = h(
    'fieldset',
    {},
    h('legend', {}, 'Limit on'),
    ...MODELS.map(({ model, label }) =>
      h(
        'label',
        { class: 'choice' },
        h('input', { type: 'radio', name: 'flags-model', value: model }),
        h('span', {}, label),
      ),
    ),
  );
  const found = h('dl', { class: 'found', 'aria-label': 'What was found' });
  const problems = h('ul', { class: 'error', hidden: true, 'aria-label': 'Problems' });
  const skipped = h('ul', { class: 'hint', hidden: true, 'aria-label': 'Skipped rows' });
  const editor = h(
    'div',
    { class: 'editor', hidden: true },
    modelSet,
    h('div', { class: 'field' }, limitLabel, limitInput, limitHint, limitError),
    h('p', { class: 'mapping-line' }, m.mappingLine, ' ', m.toggleMapping),
    m.mapping,
    problems,
    h('details', { class: 'report-found' }, h('summary', {}, 'What was found'), found, skipped),
  );
  const parts: FlagsParts = {
    empty,
    emptyText,
    applied,
    appliedList,
    editor,
    found,
    problems,
    skipped,
    ...m,
    limitLabel,
    limitInput,
    limitHint,
    limitError,
    status: h('p', { class: 'status', role: 'status', 'aria-live': 'polite', tabindex: '-1' }),
    alert: h('p', { class: 'alert', role: 'alert', hidden: true }),
    apply: h('button', { type: 'submit', class: 'action' }, 'Apply'),
    change: h('button', { type: 'button', class: 'action', hidden: true }, 'Change'),
    remove: h('button', { type: 'button', class: 'secondary' }, 'Remove flags'),
    reread: h('button', { type: 'button', class: 'link' }, 'Read the sheet again'),
    bar: h('div', { class: 'action-bar' }),
  };
  parts.bar.append(h('span', { class: 'spacer' }), parts.remove, parts.apply, parts.change);
  // After switching sheets: one link below the answer, so the bar keeps only the panel's actions.
  const reread = h('p', { class: 'reread' }, parts.reread);
  form.append(empty, applied, editor, parts.alert, parts.status, reread, parts.bar);
  return parts;
}
