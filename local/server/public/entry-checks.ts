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

/**
 * The refusal of an entry, shown beside the cell it was typed in (right of it, or under it when
 * the grid has no room on the right); it scrolls with the grid.
 */
export function showCellMessage(td: HTMLElement | null, text: string): void {
  const box = element('cell-message', HTMLElement);
  const wrap = element('grid-wrap', HTMLElement);
  box.textContent = text;
  box.hidden = false;
  if (!td) return;
  const cell = td.getBoundingClientRect();
  const area = wrap.getBoundingClientRect();
  const x = (px: number): number => px - area.left + wrap.scrollLeft;
  const y = (px: number): number => px - area.top + wrap.scrollTop;
  const roomRight = x(cell.right) + 4 + box.offsetWidth <= wrap.scrollLeft + wrap.clientWidth;
  box.style.left = `${roomRight ? x(cell.right) + 4 : Math.max(wrap.scrollLeft, x(cell.right) - box.offsetWidth)}px`;
  box.style.top = `${roomRight ? y(cell.top) : y(cell.bottom) + 4}px`;
}

export function clearCellMessage(): void {
  element('cell-message', HTMLElement).hidden = true;
}
