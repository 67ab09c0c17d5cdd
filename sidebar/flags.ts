// The flags panel: reads the active sheet's report (detectReport) and shows one of three things -
// a short empty state (no report), what is applied (flags already there: Change or Remove), or the
// task first (model, limit, Apply in a fixed bar; the column mapping folded to one line). Decisions
// live in flags-model.ts, the parts in flags-view.ts; all text goes in through dom.ts.

import { columnLetters, columnNumber } from '../src/plans/shared/a1.ts';
import { verdictWords } from '../src/plans/shared/breach-verdict.ts';
import { type CostModel, RESULTS_ROLE } from '../src/plans/shared/cost-model.ts';
import { h, showBusy } from './dom.ts';
import {
  type AppliedFlags,
  appliedLines,
  buildOptions,
  type DetectedReport,
  limitText,
  mappingLine,
  missingRequired,
  type PanelChoices,
  PLATFORM_NAMES,
  suggestModel,
  summary,
} from './flags-model.ts';
import { buildFlags, drawErrors, drawReport, LIMIT_HINT } from './flags-view.ts';
import { panelHeading } from './help.ts';
import { type DecimalMark, decimalMarkFor, decimalMarkHint } from './numbers.ts';
import { errorMessage, server } from './server.ts';

export interface FlagsPanel {
  /** Reads the report the first time the panel is shown (and again on "Read the sheet again"). */
  load(): void;
}

type Mode = 'loading' | 'empty' | 'applied' | 'edit';

export function mountFlags(root: HTMLElement): FlagsPanel {
  let layout: DetectedReport | null = null;
  let applied: AppliedFlags | null = null;
  let mode: Mode = 'loading';
  let locale = 'en_US';
  let decimalMark: DecimalMark = '.';
  let fallbackCurrency = 'USD';
  let busy = false;
  let loaded = false;
  /** The header row and columns are typed by hand (none was found). */
  let manual = false;

  const form = h('form', { novalidate: true, 'aria-label': 'Flag limit breaches on this report' });
  const { bar: head } = panelHeading('Flag limit breaches', 'flags');
  form.append(head);
  const ui = buildFlags(form);
  root.append(form);
  const selects = new Map(ui.rows.map((r) => [r.role, r.select]));

  const model = (): CostModel =>
    (form.querySelector<HTMLInputElement>('input[name="flags-model"]:checked')?.value as
      | CostModel
      | undefined) ?? 'CPA';
  const currency = (): string => layout?.currency ?? fallbackCurrency;
  const chosenColumns = (): DetectedReport['columns'] => {
    const columns = { ...(layout?.columns as DetectedReport['columns']) };
    for (const [role, s] of selects) columns[role as keyof typeof columns] = s.value || null;
    return columns;
  };

  function setMessage(el: HTMLElement, text: string | undefined): void {
    el.textContent = text ?? '';
    el.hidden = !text;
  }

  function setBusy(on: boolean, label?: string): void {
    busy = on;
    const idleText = mode === 'applied' ? 'Change' : 'Apply';
    showBusy(form, mode === 'applied' ? ui.change : ui.apply, { on, label, idleText }, (el) =>
      el === ui.remove ? applied === null : el !== ui.reread && layout === null,
    );
    if (!on) {
      ui.apply.textContent = 'Apply';
      ui.change.textContent = 'Change';
    }
  }

  function openMapping(open: boolean): void {
    ui.mapping.hidden = !open;
    ui.toggleMapping.setAttribute('aria-expanded', String(open));
    ui.toggleMapping.textContent = open ? 'Hide columns' : 'Change columns';
  }

  function setMode(next: Mode): void {
    mode = next;
    ui.empty.hidden = next !== 'empty';
    ui.applied.hidden = next !== 'applied';
    ui.editor.hidden = next !== 'edit';
    ui.manual.set.hidden = !manual;
    ui.mappingPara.hidden = manual;
    if (manual) ui.mapping.hidden = true;
    ui.apply.hidden = next !== 'edit';
    ui.change.hidden = next !== 'applied';
    ui.remove.hidden = next === 'empty' || next === 'loading';
    ui.remove.disabled = busy || applied === null;
  }

  /** Labels follow the model: the results dropdown it needs is marked required, the limit names it. */
  function render(): void {
    const m = model();
    for (const r of ui.rows) {
      const required = r.role === 'spend' || r.role === RESULTS_ROLE[m];
      r.labelEl.textContent = required ? `${r.label} (required)` : r.label;
      r.select.toggleAttribute('aria-required', required);
    }
    ui.limitLabel.textContent = `${m} limit (${currency()})`;
    ui.limitInput.placeholder = `e.g. ${decimalMark === ',' ? '45,00' : '45.00'}`;
    if (layout) ui.mappingLine.textContent = `Columns: ${mappingLine(layout, chosenColumns(), m)}`;
    const results = RESULTS_ROLE[m];
    ui.manual.resultsLabel.textContent = `${results[0]?.toUpperCase()}${results.slice(1)} column (letter)`;
  }

  function showApplied(a: AppliedFlags | null): void {
    applied = a;
    ui.appliedList.replaceChildren(
      ...(a ? appliedLines(a, currency(), locale) : []).flatMap((l) => [
        h('dt', {}, l.term),
        h('dd', {}, l.value),
      ]),
    );
    ui.appliedWords.textContent = a ? verdictWords(a.model ?? model()) : '';
  }

  function showLayout(l: DetectedReport): void {
    layout = l;
    drawReport(ui, l, fallbackCurrency);
    const suggested = l.applied?.model ?? suggestModel(l.columns);
    checkModel(suggested);
    ui.limitInput.value = l.applied?.limit ? limitText(l.applied.limit, decimalMark) : '';
    showApplied(l.applied ?? null);
    // The mapping opens by itself only when a column the rule needs is missing.
    openMapping(missingRequired(l.columns, suggested));
    render();
    if (l.headerRow === null) {
      ui.emptyText.textContent = `No report found on “${l.sheetName}”.`;
      ui.empty.append(ui.problems);
      setMode('empty');
    } else {
      ui.editor.insertBefore(ui.problems, ui.editor.querySelector('details.report-found'));
      setMode(l.applied ? 'applied' : 'edit');
    }
  }

  function checkModel(m: CostModel): void {
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="flags-model"]')) {
      radio.checked = radio.value === m;
    }
  }

  function showErrors(list: { field: string; message: string }[]): void {
    drawErrors(ui, list, manual ? RESULTS_ROLE[model()] : null);
    if (!manual && list.some((e) => e.field !== 'limit')) openMapping(true);
  }

  /** What the user chose: the dropdowns, or (by hand) the header row and the typed letters. */
  function choices(): PanelChoices {
    const base = { model: model(), limit: ui.limitInput.value };
    if (!manual)
      return { ...base, mapping: Object.fromEntries([...selects].map(([role, s]) => [role, s.value])) };
    return {
      ...base,
      headerRow: ui.manual.headerRow.value,
      mapping: { spend: ui.manual.spend.value, [RESULTS_ROLE[model()]]: ui.manual.results.value },
    };
  }

  function controlOf(field: string): HTMLElement | undefined {
    if (!manual) return selects.get(field);
    if (field === 'headerRow') return ui.manual.headerRow;
    return field === 'spend' ? ui.manual.spend : ui.manual.results;
  }

  async function read(): Promise<void> {
    manual = false;
    setMessage(ui.alert, undefined);
    ui.status.textContent = 'Reading the report…';
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
      ui.status.textContent = l.headerRow === null ? '' : `Found a ${PLATFORM_NAMES[l.platform]} report.`;
    } catch (err) {
      ui.status.textContent = '';
      setMessage(ui.alert, `Could not read the sheet: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
      setMode(mode);
    }
  }

  async function apply(): Promise<void> {
    if (!layout) return;
    const check = buildOptions(layout, choices(), decimalMark);
    showErrors(check.ok ? [] : check.errors);
    if (!check.ok) {
      const first = check.errors[0]?.field;
      (first === 'limit' ? ui.limitInput : controlOf(first ?? ''))?.focus();
      return;
    }
    ui.status.textContent = 'Flagging the rows…';
    setBusy(true, 'Applying…');
    try {
      const { applied: _before, ...report } = check.options as DetectedReport & typeof check.options;
      const options = { ...report, currency: currency() };
      const result = await server.flagBreaches(options);
      const headerRow = options.headerRow ?? 1;
      showApplied({
        statusColumn: result.statusColumn,
        limitCell: `${columnLetters(columnNumber(result.statusColumn) + 1)}${headerRow}`,
        limit: options.limit,
        model: options.model,
        rowsChecked: result.rowsChecked,
        rowsFlagged: result.rowsFlagged,
        // The panel sends no level: flagBreaches keeps the one typed under the limit, else 95%.
        level: result.level,
        rowsConfirmed: result.rowsConfirmed,
      });
      setMode('applied');
      ui.status.textContent = summary(result, options.model, options.limit, currency(), locale);
    } catch (err) {
      ui.status.textContent = '';
      setMessage(
        ui.alert,
        `The flags were not applied: ${errorMessage(err)} Your choices are kept; try again.`,
      );
    } finally {
      setBusy(false);
    }
  }

  async function remove(): Promise<void> {
    if (!layout) return;
    ui.status.textContent = 'Removing the flags…';
    setBusy(true);
    try {
      const result = await server.removeBreachFlags(layout.sheetName);
      showApplied(null);
      setMode('edit');
      // Cells the user wrote over the flags are theirs: the answer names them, they stay.
      const kept = result.left.length > 0 ? ` Kept as you wrote them: ${result.left.join(' ')}` : '';
      ui.status.textContent = result.removed
        ? `Removed the flags from “${result.sheetName}”: its rules and columns are as before.${kept}`
        : `“${result.sheetName}” has no flags of this add-on to remove.`;
    } catch (err) {
      ui.status.textContent = '';
      setMessage(ui.alert, `The flags were not removed: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  async function run(what: 'apply' | 'remove'): Promise<void> {
    if (busy || !layout) return;
    setMessage(ui.alert, undefined);
    await (what === 'apply' ? apply() : remove());
    // Focus goes to the outcome, so a screen reader reads it and a second Enter does nothing.
    if (ui.alert.hidden) {
      if (ui.status.textContent) ui.status.focus();
    } else (what === 'apply' ? ui.apply : ui.remove).focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (mode === 'edit') void run('apply');
  });
  ui.remove.addEventListener('click', () => void run('remove'));
  ui.reread.addEventListener('click', () => void read());
  ui.pickManual.addEventListener('click', () => {
    manual = true;
    setMode('edit');
    setBusy(false);
    ui.manual.headerRow.focus();
  });
  ui.change.addEventListener('click', () => {
    setMode('edit');
    ui.status.textContent = '';
    ui.limitInput.focus();
  });
  ui.limitInput.addEventListener('input', () => {
    ui.limitHint.textContent = decimalMarkHint(ui.limitInput.value, decimalMark) ?? LIMIT_HINT;
  });
  ui.toggleMapping.addEventListener('click', () =>
    openMapping(ui.toggleMapping.getAttribute('aria-expanded') !== 'true'),
  );
  form.addEventListener('change', render);

  return {
    load(): void {
      if (loaded) return;
      loaded = true;
      void read();
    },
  };
}
