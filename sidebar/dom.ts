// The one way the sidebar builds HTML: elements with attributes and text nodes, so user and
// server text is never parsed as markup.

export type Child = Node | string | false | undefined;

/** `h('p', { class: 'hint' }, 'text', el)`: true sets an empty attribute; false/undefined skip it. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** The element with `id`, which index.html or this code created; a missing one is a bug. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`sidebar: #${id} is missing`);
  return el as T;
}

type Control = HTMLInputElement | HTMLButtonElement | HTMLSelectElement;

/**
 * While the server works every control of `form` is disabled (and the form says aria-busy);
 * afterwards a control stays disabled where `idleDisabled` says so. `main` shows a spinner and
 * `label` while busy, else `idleText`.
 */
export function showBusy(
  form: HTMLFormElement,
  main: HTMLButtonElement,
  busy: { on: boolean; label?: string | undefined; idleText: string },
  idleDisabled: (el: Control) => boolean = () => false,
): void {
  form.setAttribute('aria-busy', String(busy.on));
  for (const el of form.elements) {
    if (
      el instanceof HTMLInputElement ||
      el instanceof HTMLButtonElement ||
      el instanceof HTMLSelectElement
    ) {
      el.disabled = busy.on || idleDisabled(el);
    }
  }
  if (busy.on && busy.label)
    main.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), busy.label);
  else main.textContent = busy.idleText;
}
