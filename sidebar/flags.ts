// The flags panel: reads the active sheet's report (detectReport), shows what was found, lets the
// user correct the mapping, choose the model and limit, then flagBreaches / removeBreachFlags.
// Decisions live in flags-model.ts; all text goes in through dom.ts (textContent, never HTML).
import { type CostModel, RESULTS_ROLE } from '../src/plans/shared/cost-model.ts';
import { h, showBusy } from './dom.ts';
import {
  buildOptions,
  dataRowsText,
  PLATFORM_NAMES,
  type ReportLayout,
  ROLE_LABELS,
  suggestModel,
  summary,
} from './flags-model.ts';
import { type DecimalMark, decimalMarkFor } from './numbers.ts';
import { errorMessage, server } from './server.ts';

const MODELS: { model: CostModel; label: string }[] = [
  { model: 'CPA', label: 'CPA (per conversion)' },
  { model: 'CPL', label: 'CPL (per lead)' },
  { model: 'CPC', label: 'CPC (per click)' },
];

export interface FlagsPanel {
  /** Reads the report the first time the panel is shown (and again on "Read the sheet again"). */
  load(): void;
}

export function mountFlags(root: HTMLElement): FlagsPanel {
  let layout: ReportLayout | null = null;
  let locale = 'en_US';
  let decimalMark: DecimalMark = '.';
  let fallbackCurrency = 'USD';
  let busy = false;
  let loaded = false;

  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const alert = h('p', { class: 'alert', role: 'alert', hidden: true });
  const found = h('dl', { class: 'found', 'aria-label': 'What was found' });
  const problems = h('ul', { class: 'error', hidden: true, 'aria-label': 'Problems' });
  const skipped = h('ul', { class: 'hint', hidden: true, 'aria-label': 'Skipped rows' });

  const errors = new Map<string, HTMLElement>();
  const errorEl = (field: string): HTMLElement => {
    const el = h('p', { class: 'error', id: `flags-${field}-error`, hidden: true });
    errors.set(field, el);
    return el;
  };

  const selects = new Map<string, HTMLSelectElement>();
  const mappingRows = ROLE_LABELS.map(({ role, label }) => {
    const error = errorEl(role);
    const select = h('select', { id: `flags-${role}`, name: role, 'aria-describedby': error.id });
    selects.set(role, select);
    const labelEl = h('label', { for: select.id }, label);
    return { role, label, labelEl, row: h('div', { class: 'field' }, labelEl, select, error) };
  });
  // Spend and the results columns in view; the rest (not needed for the rule) one click away.
  const optional = new Set(['campaign', 'impressions', 'revenue', 'date']);
  const mapping = h(
    'fieldset',
    {},
    h('legend', {}, 'Columns'),
    h('p', { class: 'hint' }, 'Spend and the results column of your model are needed.'),
    ...mappingRows.filter((r) => !optional.has(r.role)).map((r) => r.row),
    h(
      'details',
      {},
      h('summary', {}, 'Other columns (optional)'),
      ...mappingRows.filter((r) => optional.has(r.role)).map((r) => r.row),
    ),
  );

  const modelRadios = MODELS.map(({ model, label }) =>
    h(
      'label',
      { class: 'choice' },
      h('input', { type: 'radio', name: 'flags-model', value: model }),
      h('span', {}, label),
    ),
  );
  const modelSet = h('fieldset', {}, h('legend', {}, 'Limit on'), ...modelRadios);
  const limitError = errorEl('limit');
  const limitHint = h(
    'p',
    { class: 'hint', id: 'flags-limit-hint' },
    'Rows that cost more per result turn red.',
  );
  const limitLabel = h('label', { for: 'flags-limit' }, 'Limit');
  const limitInput = h('input', {
    id: 'flags-limit',
    name: 'limit',
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    'aria-describedby': `${limitHint.id} ${limitError.id}`,
  });

  const apply = h('button', { type: 'submit', class: 'action' }, 'Apply');
  const remove = h('button', { type: 'button', class: 'secondary' }, 'Remove flags');
  const reread = h('button', { type: 'button', class: 'secondary' }, 'Read the sheet again');
  const heading = h('h2', { tabindex: '-1' }, 'Flag limit breaches');
  const form = h(
    'form',
    { novalidate: true, 'aria-label': 'Flag limit breaches on this report' },
    heading,
    found,
    problems,
    skipped,
    mapping,
    modelSet,
    h('div', { class: 'field' }, limitLabel, limitInput, limitHint, limitError),
    alert,
    status,
    h('div', { class: 'actions' }, remove, apply),
    h('div', { class: 'actions' }, reread),
  );
  root.append(form);

  const model = (): CostModel =>
    (form.querySelector<HTMLInputElement>('input[name="flags-model"]:checked')?.value as
      | CostModel
      | undefined) ?? 'CPA';
  const currency = (): string => layout?.currency ?? fallbackCurrency;

  function setMessage(el: HTMLElement, text: string | undefined): void {
    el.textContent = text ?? '';
    el.hidden = !text;
  }

  function setBusy(on: boolean, label?: string): void {
    busy = on;
    showBusy(form, apply, { on, label, idleText: 'Apply' }, (el) => el !== reread && layout === null);
  }

  /** Labels follow the model: the results dropdown it needs is marked required, the limit names it. */
  function render(): void {
    const m = model();
    for (const r of mappingRows) {
      const required = r.role === 'spend' || r.role === RESULTS_ROLE[m];
      r.labelEl.textContent = required ? `${r.label} (required)` : r.label;
      selects.get(r.role)?.toggleAttribute('aria-required', required);
    }
    limitLabel.textContent = `${m} limit (${currency()})`;
    limitInput.placeholder = `e.g. ${decimalMark === ',' ? '45,00' : '45.00'}`;
  }

  function showLayout(l: ReportLayout): void {
    layout = l;
    const row = (term: string, value: string): Node[] => [h('dt', {}, term), h('dd', {}, value)];
    found.replaceChildren(
      ...row('Sheet', l.sheetName),
      ...row('Platform', PLATFORM_NAMES[l.platform] ?? l.platform),
      ...row('Header row', l.headerRow === null ? 'not found' : String(l.headerRow)),
      ...row('Data rows', dataRowsText(l)),
      ...row('Currency', l.currency ?? `not in the report (${fallbackCurrency} assumed)`),
    );
    problems.replaceChildren(...l.problems.map((p) => h('li', {}, p)));
    problems.hidden = l.problems.length === 0;
    skipped.replaceChildren(...l.skippedRows.map((s) => h('li', {}, `Row ${s.row} skipped: ${s.reason}`)));
    skipped.hidden = l.skippedRows.length === 0;
    for (const r of mappingRows) {
      const select = selects.get(r.role) as HTMLSelectElement;
      select.replaceChildren(
        h('option', { value: '' }, '(none)'),
        ...l.headers.map((hd) => h('option', { value: hd.column }, `${hd.column}: ${hd.text}`)),
      );
      select.value = l.columns[r.role] ?? '';
    }
    const suggested = suggestModel(l.columns);
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="flags-model"]')) {
      radio.checked = radio.value === suggested;
    }
    render();
  }

  function showErrors(list: { field: string; message: string }[]): void {
    for (const [field, el] of errors) {
      const message = list.find((e) => e.field === field)?.message;
      setMessage(el, message);
      const control = field === 'limit' ? limitInput : selects.get(field);
      if (message) control?.setAttribute('aria-invalid', 'true');
      else control?.removeAttribute('aria-invalid');
    }
  }

  async function read(): Promise<void> {
    setMessage(alert, undefined);
    status.textContent = 'Reading the report…';
    setBusy(true);
    try {
      const [l, defaults] = await Promise.all([
        server.detectReport(),
        server.getWizardDefaults().catch(() => null),
      ]);
      if (defaults) {
        locale = defaults.locale;
        decimalMark = decimalMarkFor(defaults.locale);
        fallbackCurrency = defaults.currency;
      }
      showLayout(l);
      status.textContent =
        l.headerRow === null
          ? 'No report found on this sheet.'
          : `Found a ${PLATFORM_NAMES[l.platform]} report.`;
    } catch (err) {
      status.textContent = '';
      setMessage(alert, `Could not read the sheet: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  async function run(what: 'apply' | 'remove'): Promise<void> {
    if (busy || !layout) return;
    setMessage(alert, undefined);
    if (what === 'apply') {
      const check = buildOptions(
        layout,
        {
          mapping: Object.fromEntries([...selects].map(([role, s]) => [role, s.value])),
          model: model(),
          limit: limitInput.value,
        },
        decimalMark,
      );
      showErrors(check.ok ? [] : check.errors);
      if (!check.ok) {
        const first = check.errors[0]?.field;
        (first === 'limit' ? limitInput : selects.get(first ?? ''))?.focus();
        return;
      }
      status.textContent = 'Flagging the rows…';
      setBusy(true, 'Applying…');
      try {
        const options = { ...check.options, currency: currency() };
        const result = await server.flagBreaches(options);
        status.textContent = summary(result, options.model, options.limit, currency(), locale);
      } catch (err) {
        status.textContent = '';
        setMessage(
          alert,
          `The flags were not applied: ${errorMessage(err)} Your choices are kept; try again.`,
        );
      } finally {
        setBusy(false);
      }
    } else {
      status.textContent = 'Removing the flags…';
      setBusy(true);
      try {
        const result = await server.removeBreachFlags(layout.sheetName);
        // Cells the user wrote over the flags are theirs: the answer names them, they stay.
        const kept = result.left.length > 0 ? ` Kept as you wrote them: ${result.left.join(' ')}` : '';
        status.textContent = result.removed
          ? `Removed the flags from “${result.sheetName}”: its rules and columns are as before.${kept}`
          : `“${result.sheetName}” has no flags of this add-on to remove.`;
      } catch (err) {
        status.textContent = '';
        setMessage(alert, `The flags were not removed: ${errorMessage(err)}`);
      } finally {
        setBusy(false);
      }
    }
    // Focus goes to the outcome, so a screen reader reads it and a second Enter does nothing.
    if (alert.hidden) status.focus();
    else (what === 'apply' ? apply : remove).focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run('apply');
  });
  remove.addEventListener('click', () => void run('remove'));
  reread.addEventListener('click', () => void read());
  form.addEventListener('change', render);

  return {
    load(): void {
      if (loaded) return;
      loaded = true;
      void read();
    },
  };
}
