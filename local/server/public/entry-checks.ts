// What a spreadsheet says about an entry before and after it is written: "Edit anyway?" on a
// warning-protected cell, and a refused entry shown beside its cell (the cell keeps its value).

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`playground: #${id} is missing from index.html`);
  return el;
}

/**
 * Asks before an entry over a warning-only protected cell: Google's reference says editing such a
 * range "prompts a warning asking the user to confirm the edit"
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly);
 * the dialog's exact words are not documented, so these say what it does. Resolves true for OK.
 */
export function confirmEdit(): Promise<boolean> {
  const dialog = element('edit-warning', HTMLDialogElement);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    element('edit-warning-cancel', HTMLButtonElement).focus();
  });
}

/** The refusal of an entry, shown beside the cell it was typed in (the grid scrolls with it). */
export function showCellMessage(td: HTMLElement | null, text: string): void {
  const box = element('cell-message', HTMLElement);
  const wrap = element('grid-wrap', HTMLElement);
  box.textContent = text;
  box.hidden = false;
  if (!td) return;
  const cell = td.getBoundingClientRect();
  const area = wrap.getBoundingClientRect();
  box.style.left = `${cell.right - area.left + wrap.scrollLeft + 4}px`;
  box.style.top = `${cell.top - area.top + wrap.scrollTop}px`;
}

export function clearCellMessage(): void {
  element('cell-message', HTMLElement).hidden = true;
}
