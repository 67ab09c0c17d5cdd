// The campaign-goal wizard (Goal -> Channels -> Review): builds the form, validates as the user
// types with the server's validator, and calls createCampaignGoal. Decisions live in form-model.ts.

import {
  CHANNELS,
  DEFAULT_GOAL_NAME,
  OBJECTIVES,
  type Objective,
} from '../src/plans/campaign-goal/config.ts';
import { CURRENCIES } from '../src/plans/currency.ts';
import { type Child, h } from './dom.ts';
import {
  blockingErrors,
  checkForm,
  defaultBudgetPlaceholder,
  type FormContext,
  type FormState,
  objectiveWords,
  reviewRows,
  type Step,
  stepOf,
  visibleErrors,
} from './form-model.ts';
import { decimalMarkFor, formatPlain, parseNumber } from './numbers.ts';
import { errorMessage, server, type WizardDefaults } from './server.ts';

/** Where a field's message goes and what gets focus/aria-invalid for it. */
interface Control {
  focus: HTMLElement;
  invalid: HTMLElement[];
  error: HTMLElement;
}

const idFor = (field: string): string => `f-${field.replace(/\./g, '-')}`;

/** This computer's date, only used when the spreadsheet's settings could not be loaded. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function mountWizard(root: HTMLElement): void {
  const controls = new Map<string, Control>();
  const touched = new Set<string>();
  const attempted = new Set<Step>();
  let step: Step = 1;
  let busy = false;
  /** Set after a sheet was created from these answers, until they change: a second click is deliberate. */
  let createdFromAnswers = false;
  let locale = 'en_US';
  let ctx: FormContext = { today: localToday(), defaultCurrency: 'USD', decimalMark: '.' };

  const errorEl = (field: string): HTMLElement =>
    h('p', { class: 'error', id: `${idFor(field)}-error`, hidden: true });

  /** A labelled text input with a hint and a message slot, both wired through aria-describedby. */
  function textField(
    field: string,
    label: string,
    opts: { hint?: string; type?: string; inputmode?: string; placeholder?: string } = {},
  ): { row: HTMLElement; input: HTMLInputElement; label: HTMLLabelElement } {
    const id = idFor(field);
    const error = errorEl(field);
    const hint = opts.hint ? h('p', { class: 'hint', id: `${id}-hint` }, opts.hint) : undefined;
    const input = h('input', {
      id,
      name: field,
      type: opts.type ?? 'text',
      inputmode: opts.inputmode,
      placeholder: opts.placeholder,
      autocomplete: 'off',
      'data-field': field,
      'aria-describedby': [hint ? `${id}-hint` : '', error.id].join(' ').trim(),
    });
    const labelEl = h('label', { for: id }, label);
    controls.set(field, { focus: input, invalid: [input], error });
    return { row: h('div', { class: 'field' }, labelEl, input, hint, error), input, label: labelEl };
  }

  function radio(name: string, value: string, field: string, ...label: Child[]): HTMLLabelElement {
    return h(
      'label',
      { class: 'choice' },
      h('input', { type: 'radio', name, value, 'data-field': field }),
      h('span', {}, ...label),
    );
  }

  // Step 1: Goal.
  const objectiveError = errorEl('objective');
  const objectiveSet = h(
    'fieldset',
    { 'aria-describedby': objectiveError.id },
    h('legend', {}, 'Objective'),
    ...(Object.keys(OBJECTIVES) as Objective[]).map((o) =>
      radio(
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
  const objectiveRadios = [...objectiveSet.querySelectorAll('input')];
  // The group's message also describes each radio, so it is read where focus lands.
  for (const r of objectiveRadios) r.setAttribute('aria-describedby', objectiveError.id);
  controls.set('objective', {
    focus: objectiveRadios[0] as HTMLElement,
    invalid: objectiveRadios,
    error: objectiveError,
  });

  const target = textField('target', 'Target', { inputmode: 'numeric', placeholder: 'e.g. 50' });
  const startDate = textField('startDate', 'Start date', { type: 'date' });
  const endDate = textField('endDate', 'End date', { type: 'date' });
  const days = textField('days', 'Number of days', {
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
      radio('durationMode', 'days', 'durationMode', 'After a number of days'),
      radio('durationMode', 'end', 'durationMode', 'On a date'),
    ),
    days.row,
    endDate.row,
  );
  const limit = textField('maxCostPerResult', 'Maximum cost per result', {
    inputmode: 'decimal',
    hint: 'Rows that cost more per result are flagged.',
  });
  const budget = textField('budget', 'Total budget (optional)', {
    inputmode: 'decimal',
    hint: 'Leave blank for target × limit.',
  });
  const currencyError = errorEl('currency');
  const currency = h('select', {
    id: idFor('currency'),
    name: 'currency',
    'data-field': 'currency',
    'aria-describedby': currencyError.id,
  });
  for (const c of CURRENCIES) currency.append(h('option', { value: c.code }, `${c.code} – ${c.name}`));
  controls.set('currency', { focus: currency, invalid: [currency], error: currencyError });
  const name = textField('name', 'Goal name (optional)', { placeholder: DEFAULT_GOAL_NAME });
  name.input.maxLength = 200;

  // Step 2: Channels, each with an optional limit of its own.
  const channelsError = errorEl('channels');
  const channelRows = CHANNELS.map((c) => {
    const box = h('input', {
      type: 'checkbox',
      id: idFor(`channels.${c.id}`),
      value: c.id,
      'data-field': 'channels',
    });
    const lim = textField(`channels.${c.id}.limit`, `${c.name} limit (optional)`, { inputmode: 'decimal' });
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
    ...channelRows.map((r) => r.row),
    channelsError,
  );
  const boxes = channelRows.map((r) => r.box);
  for (const b of boxes) b.setAttribute('aria-describedby', channelsError.id);
  controls.set('channels', { focus: boxes[0] as HTMLElement, invalid: boxes, error: channelsError });

  // Step 3: Review.
  const review = h('dl', { class: 'review' });
  const otherErrors = h('ul', { class: 'error', hidden: true });

  const heading = (text: string): HTMLHeadingElement => h('h2', { tabindex: '-1' }, text);
  const sections: Record<Step, HTMLElement> = {
    1: h(
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
    ),
    2: h('section', { hidden: true }, heading('Channels'), channelSet),
    3: h(
      'section',
      { hidden: true },
      heading('Review and create'),
      review,
      otherErrors,
      h('p', { class: 'hint' }, 'A new sheet is added and opened; existing sheets are not changed.'),
    ),
  };
  const stepItems = ['Goal', 'Channels', 'Review'].map((t, i) =>
    h('li', {}, h('span', { class: 'num' }, String(i + 1)), t),
  );
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', tabindex: '-1' });
  const alert = h('p', { class: 'alert', role: 'alert', hidden: true });
  const back = h('button', { type: 'button', class: 'secondary' }, 'Back');
  const next = h('button', { type: 'submit', class: 'action' }, 'Next');
  const form = h(
    'form',
    { novalidate: true, 'aria-label': 'Set up a campaign goal' },
    h('ol', { class: 'steps' }, ...stepItems),
    sections[1],
    sections[2],
    sections[3],
    alert,
    status,
    h('div', { class: 'actions' }, back, next),
  );
  root.append(form);

  function radioValue(name: string): string {
    return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  }

  function readState(): FormState {
    const channels = {} as FormState['channels'];
    for (const r of channelRows) channels[r.id] = { checked: r.box.checked, limit: r.lim.input.value };
    return {
      objective: radioValue('objective') as Objective,
      target: target.input.value,
      startDate: startDate.input.value,
      durationMode: radioValue('durationMode') === 'end' ? 'end' : 'days',
      endDate: endDate.input.value,
      days: days.input.value,
      maxCostPerResult: limit.input.value,
      budget: budget.input.value,
      currency: currency.value,
      name: name.input.value,
      channels,
    };
  }

  function setMessage(el: HTMLElement, text: string | undefined): void {
    el.textContent = text ?? '';
    el.hidden = !text;
  }

  /** Brings every label, placeholder, message and the review in line with the current answers. */
  function render(): ReturnType<typeof checkForm> {
    const state = readState();
    const words = objectiveWords(state.objective);
    target.label.textContent = words.targetLabel;
    limit.label.textContent = words.costLabel;
    budget.input.placeholder = defaultBudgetPlaceholder(state, ctx.decimalMark);
    limit.input.placeholder = `e.g. ${formatPlain(45, ctx.decimalMark, 2)}`;
    const goalLimit = parseNumber(state.maxCostPerResult, ctx.decimalMark);
    const byEnd = state.durationMode === 'end';
    endDate.row.hidden = !byEnd;
    days.row.hidden = byEnd;
    for (const r of channelRows) {
      r.lim.row.hidden = !r.box.checked;
      r.lim.label.textContent = `${r.name} ${words.model} limit (optional)`;
      r.lim.input.placeholder =
        goalLimit !== undefined && goalLimit > 0 ? formatPlain(goalLimit, ctx.decimalMark, 2) : 'goal limit';
    }

    const check = checkForm(state, ctx);
    const shown = visibleErrors(check.errors, touched, attempted);
    for (const [field, c] of controls) {
      const message = shown.get(field);
      setMessage(c.error, message);
      for (const el of c.invalid) {
        if (message) el.setAttribute('aria-invalid', 'true');
        else el.removeAttribute('aria-invalid');
      }
    }
    // Problems no control owns are listed on the review step.
    otherErrors.replaceChildren(
      ...check.errors.filter((e) => !controls.has(e.field)).map((e) => h('li', {}, e.message)),
    );
    otherErrors.hidden = otherErrors.childElementCount === 0 || step !== 3;
    review.replaceChildren(
      ...(check.ok ? reviewRows(check.goal, locale, state.budget.trim() === '') : []).flatMap((r) => [
        h('dt', {}, r.label),
        h('dd', {}, r.value),
      ]),
    );
    return check;
  }

  function goTo(to: Step, moveFocus = true): void {
    step = to;
    for (const s of [1, 2, 3] as Step[]) sections[s].hidden = s !== to;
    stepItems.forEach((li, i) => {
      if (i + 1 === to) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    });
    back.hidden = to === 1;
    next.textContent = mainLabel();
    if (!busy) status.textContent = '';
    render();
    // Focus follows the step so keyboard and screen-reader users land on its heading.
    if (moveFocus) sections[to].querySelector('h2')?.focus();
  }

  /** Disables every control while the server works; `label` replaces the main button's text. */
  function setBusy(on: boolean, label?: string): void {
    busy = on;
    form.setAttribute('aria-busy', String(on));
    for (const el of form.elements) {
      if (
        el instanceof HTMLInputElement ||
        el instanceof HTMLButtonElement ||
        el instanceof HTMLSelectElement
      ) {
        el.disabled = on;
      }
    }
    if (label) next.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), label);
    else next.textContent = mainLabel();
  }

  function mainLabel(): string {
    if (step < 3) return 'Next';
    return createdFromAnswers ? 'Create another sheet' : 'Create sheet';
  }

  function focusFirstInvalid(): void {
    const shown = visibleErrors(blockingErrors(render().errors, step), touched, attempted);
    for (const [field, c] of controls) {
      if (shown.has(field) && stepOf(field) === step) {
        c.focus.focus();
        return;
      }
    }
    if (!otherErrors.hidden) otherErrors.focus();
  }

  async function create(config: Parameters<typeof server.createCampaignGoal>[0]): Promise<void> {
    setMessage(alert, undefined);
    status.textContent = 'Creating the sheet…';
    setBusy(true, 'Creating…');
    try {
      const { sheetName } = await server.createCampaignGoal(config);
      status.textContent = `Created sheet “${sheetName}”.`;
      createdFromAnswers = true;
    } catch (err) {
      status.textContent = '';
      setMessage(alert, `The sheet was not created: ${errorMessage(err)} Your answers are kept; try again.`);
    } finally {
      setBusy(false);
    }
    // After success focus goes to the message, not the button: a second Enter must not make a
    // second sheet. After a failure it returns to the button to try again.
    if (createdFromAnswers) status.focus();
    else next.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    attempted.add(step);
    const check = render();
    if (blockingErrors(check.errors, step).length > 0) {
      focusFirstInvalid();
    } else if (step < 3) {
      setMessage(alert, undefined);
      status.textContent = '';
      goTo((step + 1) as Step);
    } else if (check.ok) {
      void create(check.config);
    }
  });
  back.addEventListener('click', () => goTo((step - 1) as Step));
  const touch = (event: Event): void => {
    const field = (event.target as HTMLElement).dataset.field;
    if (field) touched.add(field);
    render();
  };
  form.addEventListener('input', () => {
    if (createdFromAnswers) {
      createdFromAnswers = false;
      next.textContent = mainLabel();
    }
    render();
  });
  form.addEventListener('change', touch);
  form.addEventListener('focusout', touch);
  otherErrors.tabIndex = -1;

  function applyDefaults(d: WizardDefaults): void {
    locale = d.locale;
    ctx = { today: d.today, defaultCurrency: d.currency, decimalMark: decimalMarkFor(d.locale) };
    if (!CURRENCIES.some((c) => c.code === d.currency)) {
      currency.prepend(h('option', { value: d.currency }, d.currency));
    }
    currency.value = d.currency;
    startDate.input.value = d.today;
  }

  // Sensible answers before the spreadsheet's own settings arrive.
  (form.querySelector('input[name="objective"][value="leads"]') as HTMLInputElement).checked = true;
  (form.querySelector('input[name="durationMode"][value="days"]') as HTMLInputElement).checked = true;
  goTo(1, false);
  status.textContent = 'Loading the spreadsheet’s settings…';
  setBusy(true);
  server
    .getWizardDefaults()
    .then(applyDefaults, (err: unknown) => {
      applyDefaults({ today: localToday(), currency: 'USD', locale: 'en_US', timeZone: '' });
      setMessage(
        alert,
        `Could not load the spreadsheet’s settings (${errorMessage(err)}). Using this computer’s date and US dollars; check them before you create the sheet.`,
      );
    })
    .finally(() => {
      status.textContent = '';
      setBusy(false);
      render();
    });
}
