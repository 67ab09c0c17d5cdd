// Keyboard for a menu button and its menu, as the WAI-ARIA menu button pattern describes
// (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/): Enter, Space or Down opens it on the
// first item, Up on the last; arrows move between items, Home/End jump, Escape closes it and
// returns to the button, Tab closes it.

export function menuKeys(button: HTMLButtonElement, menu: HTMLElement, open: (on: boolean) => void): void {
  const items = (): HTMLElement[] => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const focusItem = (i: number): void => {
    const list = items();
    if (list.length === 0) return;
    list[((i % list.length) + list.length) % list.length]?.focus();
  };

  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(true);
      focusItem(event.key === 'ArrowDown' ? 0 : -1);
    }
  });
  // A click by keyboard (Enter, Space) opens the menu: focus goes to its first item.
  button.addEventListener('click', (event) => {
    if (event.detail === 0 && !menu.hidden) focusItem(0);
  });

  menu.addEventListener('keydown', (event) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(-1),
      Escape: () => {
        open(false);
        button.focus();
      },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    } else if (event.key === 'Tab') open(false);
  });
}
