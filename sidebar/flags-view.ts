// The flags panel's parts, built once: the empty state, "Applied on this sheet", the editor (model,
// limit, the column mapping folded to one line) and the action bar fixed at the bottom of the view.
// Text goes in through dom.ts only.

import type { CostModel } from '../src/plans/shared/cost-model.ts';
import type { FieldError } from '../src/plans/shared/validation.ts';
import { h } from './dom.ts';
import { type DetectedReport, dataRowsText, PLATFORM_NAMES, ROLE_LABELS } from './flags-model.ts';

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

/** The header row and column letters typed by hand, when no header row was found. */
export interface ManualParts {
  set: HTMLElement;
  headerRow: HTMLInputElement;
  spend: HTMLInputElement;
  results: HTMLInputElement;
  resultsLabel: HTMLLabelElement;
  errors: { headerRow: HTMLElement; spend: HTMLElement; results: HTMLElement };
}

export interface FlagsParts {
  empty: HTMLElement;
  emptyText: HTMLElement;
  pickManual: HTMLButtonElement;
  manual: ManualParts;
  mappingPara: HTMLElement;
  applied: HTMLElement;
  appliedList: HTMLElement;
  /** What red and amber mean (verdictWords), under the applied lines. */
  appliedWords: HTMLElement;
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

function manualParts(): ManualParts {
  const field = (id: string, label: string, inputmode: string) => {
    const error = messageSlot(`${id}-error`);
    const input = h('input', {
      id,
      type: 'text',
      inputmode,
      autocomplete: 'off',
      'aria-describedby': error.id,
    });
    const labelEl = h('label', { for: id }, label);
    return { input, labelEl, error, row: h('div', { class: 'field' }, labelEl, input, error) };
  };
  const row = field('flags-headerRow', 'Header row (its number)', 'numeric');
  const spend = field('flags-manual-spend', 'Spend column (letter)', 'text');
  const results = field('flags-manual-results', 'Results column (letter)', 'text');
  return {
    set: h(
      'fieldset',
      { hidden: true },
      h('legend', {}, 'Header row and columns'),
      row.row,
      spend.row,
      results.row,
    ),
    headerRow: row.input,
    spend: spend.input,
    results: results.input,
    resultsLabel: results.labelEl,
    errors: { headerRow: row.error, spend: spend.error, results: results.error },
  };
}

export function buildFlags(form: HTMLFormElement): FlagsParts {
  const emptyText = h('p', {});
  const pickManual = h(
    'button',
    { type: 'button', class: 'link' },
    'Pick the header row and columns yourself',
  );
  const empty = h(
    'section',
    { class: 'empty-state', 'aria-label': 'No report on this sheet', hidden: true },
    emptyText,
    h(
      'p',
      { class: 'hint' },
      'Paste an ad-platform export into a sheet (or File > Import a CSV), open that sheet, then choose Read the sheet again.',
    ),
    h('p', {}, 'A report is there but not recognised? ', pickManual),
  );
  const manual = manualParts();
  const appliedHeading = h('h3', { id: 'flags-applied-heading' }, 'Applied on this sheet');
  const appliedList = h('dl', { class: 'found' });
  const appliedWords = h('p', { class: 'hint', id: 'flags-verdict-words' });
  const applied = h(
    'section',
    { class: 'applied', 'aria-labelledby': appliedHeading.id, hidden: true },
    appliedHeading,
    appliedList,
    appliedWords,
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
  const mappingPara = h('p', { class: 'mapping-line' }, m.mappingLine, ' ', m.toggleMapping);
  const found = h('dl', { class: 'found', 'aria-label': 'What was found' });
  const problems = h('ul', { class: 'error', hidden: true, 'aria-label': 'Problems' });
  const skipped = h('ul', { class: 'hint', hidden: true, 'aria-label': 'Skipped rows' });
  const editor = h(
    'div',
    { class: 'editor', hidden: true },
    modelSet,
    h('div', { class: 'field' }, limitLabel, limitInput, limitHint, limitError),
    manual.set,
    mappingPara,
    m.mapping,
    problems,
    h('details', { class: 'report-found' }, h('summary', {}, 'What was found'), found, skipped),
  );
  const parts: FlagsParts = {
    empty,
    emptyText,
    pickManual,
    manual,
    mappingPara,
    applied,
    appliedList,
    appliedWords,
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

/** What was found, the problems, the skipped rows, and the dropdowns listing the report's headers. */
export function drawReport(ui: FlagsParts, l: DetectedReport, fallbackCurrency: string): void {
  const row = (term: string, value: string): Node[] => [h('dt', {}, term), h('dd', {}, value)];
  ui.found.replaceChildren(
    ...row('Sheet', l.sheetName),
    ...row('Platform', PLATFORM_NAMES[l.platform] ?? l.platform),
    ...row('Header row', l.headerRow === null ? 'not found' : String(l.headerRow)),
    ...row('Data rows', dataRowsText(l)),
    ...row('Currency', l.currency ?? `not in the report (${fallbackCurrency} assumed)`),
  );
  ui.problems.replaceChildren(...l.problems.map((p) => h('li', {}, p)));
  ui.problems.hidden = l.problems.length === 0;
  ui.skipped.replaceChildren(...l.skippedRows.map((s) => h('li', {}, `Row ${s.row} skipped: ${s.reason}`)));
  ui.skipped.hidden = l.skippedRows.length === 0;
  for (const r of ui.rows) {
    r.select.replaceChildren(
      h('option', { value: '' }, '(none)'),
      ...l.headers.map((hd) => h('option', { value: hd.column }, `${hd.column}: ${hd.text}`)),
    );
    r.select.value = l.columns[r.role as keyof typeof l.columns] ?? '';
  }
}

function fieldError(control: HTMLElement, slot: HTMLElement, message: string | undefined): void {
  slot.textContent = message ?? '';
  slot.hidden = !message;
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/**
 * Each message next to its control (aria-invalid on it); `manualResults` is the results role when
 * the header row and letters were typed by hand, null when the dropdowns are in use.
 */
export function drawErrors(ui: FlagsParts, list: readonly FieldError[], manualResults: string | null): void {
  const message = (field: string): string | undefined => list.find((e) => e.field === field)?.message;
  fieldError(ui.limitInput, ui.limitError, message('limit'));
  if (manualResults !== null) {
    fieldError(ui.manual.headerRow, ui.manual.errors.headerRow, message('headerRow'));
    fieldError(ui.manual.spend, ui.manual.errors.spend, message('spend'));
    fieldError(ui.manual.results, ui.manual.errors.results, message(manualResults));
    return;
  }
  for (const r of ui.rows) fieldError(r.select, r.error, message(r.role));
}
