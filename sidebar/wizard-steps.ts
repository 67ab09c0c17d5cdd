// The wizard's three steps, one builder each: the step's section, and how it reads its controls
// into the form state, writes a state into them, and follows the answers (labels, placeholders,
// what is shown). No decisions: those are in form-model.ts; the controller is wizard.ts.
import {
  CHANNELS,
  DEFAULT_GOAL_NAME,
  OBJECTIVES,
  type Objective,
} from '../src/plans/campaign-goal/config.ts';
import { CURRENCIES } from '../src/plans/shared/currency.ts';
import { h } from './dom.ts';
import {
  defaultBudgetPlaceholder,
  type FieldError,
  type FormContext,
  type FormState,
  objectiveWords,
  type reviewRows,
} from './form-model.ts';
import { formatPlain, parseNumber } from './numbers.ts';
import { type Fields, heading, idFor } from './wizard-fields.ts';

export interface StepView {
  section: HTMLElement;
  /** Copies this step's controls into `state`. */
  read(state: FormState): void;
  /** Puts `state` into this step's controls (the first answers, the spreadsheet's defaults). */
  write(state: FormState): void;
  /** Labels, placeholders and visibility that follow the answers. */
  update(state: FormState, ctx: FormContext): void;
}

const checkedValue = (root: HTMLElement, name: string): string =>
  root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';

function check(root: HTMLElement, name: string, value: string): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
    input.checked = input.value === value;
  }
}

/** Step 1: objective, target, duration, limit, budget, currency and name. */
export function buildGoalStep(fields: Fields): StepView {
  const objectiveError = fields.errorEl('objective');
  const objectiveSet = h(
    'fieldset',
    { 'aria-describedby': objectiveError.id },
    h('legend', {}, 'Objective'),
    ...(Object.keys(OBJECTIVES) as Objective[]).map((o) =>
      fields.radio(
        'objective',
        o,
        'objective',
        OBJECTIVES[o].label,
        ' ',
        h('span', { class: 'chip' }, OBJECTIVES[o].model),
      ),
    ),
    objectiveError,
  );
  fields.group('objective', [...objectiveSet.querySelectorAll('input')], objectiveError);

  const target = fields.text('target', 'Target', { inputmode: 'numeric', placeholder: 'e.g. 50' });
  const startDate = fields.text('startDate', 'Start date', { type: 'date' });
  const endDate = fields.text('endDate', 'End date', { type: 'date' });
  const days = fields.text('days', 'Number of days', {
    inputmode: 'numeric',
    placeholder: 'e.g. 30',
    hint: 'Including the start day.',
  });
  const durationSet = h(
    'fieldset',
    { class: 'duration' },
    h('legend', {}, 'Duration'),
    startDate.row,
    h(
      'div',
      { class: 'inline', role: 'radiogroup', 'aria-label': 'The campaign ends' },
      fields.radio('durationMode', 'days', 'durationMode', 'After a number of days'),
      fields.radio('durationMode', 'end', 'durationMode', 'On a date'),
    ),
    days.row,
    endDate.row,
  );
  const limit = fields.text('maxCostPerResult', 'Maximum cost per result', {
    inputmode: 'decimal',
    hint: 'Rows that cost more per result are flagged.',
  });
  const budget = fields.text('budget', 'Total budget (optional)', {
    inputmode: 'decimal',
    hint: 'Leave blank for target × limit.',
  });
  const currencyError = fields.errorEl('currency');
  const currency = h('select', {
    id: idFor('currency'),
    name: 'currency',
    'data-field': 'currency',
    'aria-describedby': currencyError.id,
  });
  for (const c of CURRENCIES) currency.append(h('option', { value: c.code }, `${c.code} – ${c.name}`));
  fields.add('currency', { focus: currency, invalid: [currency], error: currencyError });
  const name = fields.text('name', 'Goal name (optional)', { placeholder: DEFAULT_GOAL_NAME });
  name.input.maxLength = 200;

  const section = h(
    'section',
    {},
    heading('Goal'),
    objectiveSet,
    target.row,
    durationSet,
    limit.row,
    budget.row,
    h('div', { class: 'field' }, h('label', { for: currency.id }, 'Currency'), currency, currencyError),
    name.row,
  );
  const inputs = { target, startDate, endDate, days, maxCostPerResult: limit, budget, name } as const;

  return {
    section,
    read(state) {
      state.objective = checkedValue(section, 'objective') as Objective;
      state.durationMode = checkedValue(section, 'durationMode') === 'end' ? 'end' : 'days';
      for (const [key, field] of Object.entries(inputs))
        state[key as keyof typeof inputs] = field.input.value;
      state.currency = currency.value;
    },
    write(state) {
      check(section, 'objective', state.objective);
      check(section, 'durationMode', state.durationMode);
      for (const [key, field] of Object.entries(inputs))
        field.input.value = state[key as keyof typeof inputs];
      // A currency the list lacks (the spreadsheet's own) is offered first rather than dropped.
      if (![...currency.options].some((o) => o.value === state.currency)) {
        currency.prepend(h('option', { value: state.currency }, state.currency));
      }
      currency.value = state.currency;
    },
    update(state, ctx) {
      const words = objectiveWords(state.objective);
      target.label.textContent = words.targetLabel;
      limit.label.textContent = words.costLabel;
      budget.input.placeholder = defaultBudgetPlaceholder(state, ctx.decimalMark);
      limit.input.placeholder = `e.g. ${formatPlain(45, ctx.decimalMark, 2)}`;
      const byEnd = state.durationMode === 'end';
      endDate.row.hidden = !byEnd;
      days.row.hidden = byEnd;
    },
  };
}

/** Step 2: the channels to track, each with an optional limit of its own. */
export function buildChannelsStep(fields: Fields): StepView {
  const channelsError = fields.errorEl('channels');
  const rows = CHANNELS.map((c) => {
    const box = h('input', {
      type: 'checkbox',
      id: idFor(`channels.${c.id}`),
      value: c.id,
      'data-field': 'channels',
    });
    const lim = fields.text(`channels.${c.id}.limit`, `${c.name} limit (optional)`, { inputmode: 'decimal' });
    lim.row.classList.add('sub');
    const row = h(
      'div',
      { class: 'channel' },
      h('label', { class: 'choice' }, box, h('span', {}, c.name, h('span', { class: 'hint' }, c.examples))),
      lim.row,
    );
    return { id: c.id, name: c.name, box, lim, row };
  });
  const channelSet = h(
    'fieldset',
    { 'aria-describedby': channelsError.id },
    h('legend', {}, 'Channels to track'),
    h(
      'p',
      { class: 'hint' },
      'Choose at least one. A channel limit overrides the goal’s limit for that channel.',
    ),
    ...rows.map((r) => r.row),
    channelsError,
  );
  fields.group(
    'channels',
    rows.map((r) => r.box),
    channelsError,
  );

  return {
    section: h('section', { hidden: true }, heading('Channels'), channelSet),
    read(state) {
      for (const r of rows) state.channels[r.id] = { checked: r.box.checked, limit: r.lim.input.value };
    },
    write(state) {
      for (const r of rows) {
        r.box.checked = state.channels[r.id].checked;
        r.lim.input.value = state.channels[r.id].limit;
      }
    },
    update(state, ctx) {
      const words = objectiveWords(state.objective);
      const goalLimit = parseNumber(state.maxCostPerResult, ctx.decimalMark);
      for (const r of rows) {
        r.lim.row.hidden = !r.box.checked;
        r.lim.label.textContent = `${r.name} ${words.model} limit (optional)`;
        r.lim.input.placeholder =
          goalLimit !== undefined && goalLimit > 0
            ? formatPlain(goalLimit, ctx.decimalMark, 2)
            : 'goal limit';
      }
    },
  };
}

type ReviewRow = ReturnType<typeof reviewRows>[number];

export interface ReviewView {
  section: HTMLElement;
  /** Problems no control owns; focusable so the controller can move focus to them. */
  otherErrors: HTMLElement;
  /**
   * The summary of a valid goal (none while invalid), the problems no control owns, and what the
   * sheet's red and amber rows will mean (verdictWords; '' while invalid).
   */
  show(rows: readonly ReviewRow[], unowned: readonly FieldError[], onThisStep: boolean, words: string): void;
}

/** Step 3: what will be created, and the problems no field owns. */
export function buildReviewStep(): ReviewView {
  const review = h('dl', { class: 'review' });
  const otherErrors = h('ul', { class: 'error', hidden: true });
  otherErrors.tabIndex = -1;
  const verdict = h('p', { class: 'hint', id: 'review-verdict-words' });
  return {
    section: h(
      'section',
      { hidden: true },
      heading('Review and create'),
      review,
      otherErrors,
      h('p', { class: 'hint' }, 'A new sheet is added and opened; existing sheets are not changed.'),
      verdict,
    ),
    otherErrors,
    show(rows, unowned, onThisStep, words) {
      verdict.textContent = words;
      verdict.hidden = words === '';
      otherErrors.replaceChildren(...unowned.map((e) => h('li', {}, e.message)));
      otherErrors.hidden = unowned.length === 0 || !onThisStep;
      review.replaceChildren(...rows.flatMap((r) => [h('dt', {}, r.label), h('dd', {}, r.value)]));
    },
  };
}
