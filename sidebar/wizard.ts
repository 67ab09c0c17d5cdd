// The campaign-goal wizard's controller (Goal -> Channels -> Review): which step is shown, which
// messages are due, the busy state, and the createCampaignGoal call. The steps are built by
// wizard-steps.ts; every decision is in form-model.ts.
import { verdictWords } from '../src/plans/shared/breach-verdict.ts';
import { h, showBusy } from './dom.ts';
import {
  blockingErrors,
  checkForm,
  type FormContext,
  type FormState,
  initialState,
  reviewRows,
  type Step,
  stepOf,
  visibleErrors,
} from './form-model.ts';
import { helpLink } from './help.ts';
import { decimalMarkFor } from './numbers.ts';
import { errorMessage, server, type WizardDefaults } from './server.ts';
import { Fields, setMessage } from './wizard-fields.ts';
import { buildChannelsStep, buildGoalStep, buildReviewStep, type StepView } from './wizard-steps.ts';

const STEPS: readonly Step[] = [1, 2, 3];

/** This computer's date, only used when the spreadsheet's settings could not be loaded. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The parts of the form around the steps: progress list, messages and the two buttons. */
function buildFrame(sections: HTMLElement[]) {
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
    ...sections,
    alert,
    status,
    h('div', { class: 'actions' }, back, next),
  );
  return { form, stepItems, status, alert, back, next };
}

export function mountWizard(root: HTMLElement): void {
  const fields = new Fields();
  const review = buildReviewStep();
  const views: Record<1 | 2, StepView> = { 1: buildGoalStep(fields), 2: buildChannelsStep(fields) };
  const sections: Record<Step, HTMLElement> = { 1: views[1].section, 2: views[2].section, 3: review.section };
  const { form, stepItems, status, alert, back, next } = buildFrame(STEPS.map((s) => sections[s]));
  // The steps carry their own headings; the panel's Help link sits above them.
  root.append(h('div', { class: 'panel-help' }, helpLink('wizard', 'Set up goal')), form);

  const touched = new Set<string>();
  const attempted = new Set<Step>();
  let step: Step = 1;
  let busy = false;
  /** Set after a sheet was created from these answers, until they change: a second click is deliberate. */
  let createdFromAnswers = false;
  let locale = 'en_US';
  let ctx: FormContext = { today: localToday(), defaultCurrency: 'USD', decimalMark: '.' };

  function readState(): FormState {
    const state = initialState({ today: ctx.today, currency: ctx.defaultCurrency });
    for (const view of Object.values(views)) view.read(state);
    return state;
  }

  function writeState(state: FormState): void {
    for (const view of Object.values(views)) view.write(state);
  }

  /** Brings every label, placeholder, message and the review in line with the current answers. */
  function render(): ReturnType<typeof checkForm> {
    const state = readState();
    for (const view of Object.values(views)) view.update(state, ctx);
    const check = checkForm(state, ctx);
    const shown = visibleErrors(check.errors, touched, attempted);
    for (const [field, c] of fields.controls) {
      const message = shown.get(field);
      setMessage(c.error, message);
      for (const el of c.invalid) {
        if (message) el.setAttribute('aria-invalid', 'true');
        else el.removeAttribute('aria-invalid');
      }
    }
    review.show(
      check.ok ? reviewRows(check.goal, locale, state.budget.trim() === '') : [],
      check.errors.filter((e) => !fields.controls.has(e.field)),
      step === 3,
      check.ok ? verdictWords(check.goal.model) : '',
    );
    return check;
  }

  function mainLabel(): string {
    if (step < 3) return 'Next';
    return createdFromAnswers ? 'Create another sheet' : 'Create sheet';
  }

  function goTo(to: Step, moveFocus = true): void {
    step = to;
    for (const s of STEPS) sections[s].hidden = s !== to;
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
    showBusy(form, next, { on, label, idleText: mainLabel() });
  }

  function focusFirstInvalid(): void {
    const shown = visibleErrors(blockingErrors(render().errors, step), touched, attempted);
    for (const [field, c] of fields.controls) {
      if (shown.has(field) && stepOf(field) === step) {
        c.focus.focus();
        return;
      }
    }
    if (!review.otherErrors.hidden) review.otherErrors.focus();
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

  /** The spreadsheet's settings: the controls are disabled until they arrive, so nothing typed is lost. */
  function applyDefaults(d: WizardDefaults): void {
    locale = d.locale;
    ctx = { today: d.today, defaultCurrency: d.currency, decimalMark: decimalMarkFor(d.locale) };
    writeState(initialState({ today: d.today, currency: d.currency }));
  }

  // Sensible answers before the spreadsheet's own settings arrive.
  writeState(initialState({ today: '', currency: ctx.defaultCurrency }));
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
