// The wizard's form controls: labelled inputs, radios and groups, each registered with the slot its
// message goes to and what gets focus and aria-invalid for it. The step builders create them.
import { type Child, h } from './dom.ts';

/** Where a field's message goes and what gets focus/aria-invalid for it. */
export interface Control {
  focus: HTMLElement;
  invalid: HTMLElement[];
  error: HTMLElement;
}

export interface TextField {
  row: HTMLElement;
  input: HTMLInputElement;
  label: HTMLLabelElement;
}

export const idFor = (field: string): string => `f-${field.replace(/\./g, '-')}`;

export class Fields {
  /** Every field's control, in the order the form shows them (focus goes to the first invalid one). */
  readonly controls = new Map<string, Control>();

  /** The empty message slot of `field`. */
  errorEl(field: string): HTMLElement {
    return h('p', { class: 'error', id: `${idFor(field)}-error`, hidden: true });
  }

  /** A labelled text input with a hint and a message slot, both wired through aria-describedby. */
  text(
    field: string,
    label: string,
    opts: { hint?: string; type?: string; inputmode?: string; placeholder?: string } = {},
  ): TextField {
    const id = idFor(field);
    const error = this.errorEl(field);
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
    this.controls.set(field, { focus: input, invalid: [input], error });
    return { row: h('div', { class: 'field' }, labelEl, input, hint, error), input, label: labelEl };
  }

  radio(name: string, value: string, field: string, ...label: Child[]): HTMLLabelElement {
    return h(
      'label',
      { class: 'choice' },
      h('input', { type: 'radio', name, value, 'data-field': field }),
      h('span', {}, ...label),
    );
  }

  /**
   * A group of radios or checkboxes sharing one message: the message also describes each input,
   * so it is read where focus lands.
   */
  group(field: string, inputs: HTMLInputElement[], error: HTMLElement): void {
    for (const input of inputs) input.setAttribute('aria-describedby', error.id);
    this.controls.set(field, { focus: inputs[0] as HTMLElement, invalid: inputs, error });
  }

  /** A control that is not a text input (the currency select). */
  add(field: string, control: Control): void {
    this.controls.set(field, control);
  }
}

export function setMessage(el: HTMLElement, text: string | undefined): void {
  el.textContent = text ?? '';
  el.hidden = !text;
}

export const heading = (text: string): HTMLHeadingElement => h('h2', { tabindex: '-1' }, text);
