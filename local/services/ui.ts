// Emulated Ui and Menu: https://developers.google.com/apps-script/reference/base/ui
import { expose, unwrap } from './calls.ts';
import { Button, ButtonSet, type EnumValue } from './enums.ts';
import { HtmlOutputImpl } from './html-service.ts';
import type { DialogRecord, DocState, MenuRecord } from './state.ts';

type Menu = GoogleAppsScript.Base.Menu;

export function uiApi(doc: DocState): GoogleAppsScript.Base.Ui {
  return new UiImpl(doc)._api;
}

/** https://developers.google.com/apps-script/reference/base/menu */
class MenuImpl {
  readonly _api: Menu;
  readonly _record: MenuRecord;
  constructor(
    readonly _doc: DocState,
    title: string,
    addon: boolean,
  ) {
    this._record = { title, addon, items: [] };
    this._api = expose(this, 'Menu', _doc.ctx);
  }
  addItem(caption: string, functionName: string): Menu {
    this._record.items.push({ caption, functionName });
    return this._api;
  }
  addSeparator(): Menu {
    this._record.items.push({ caption: '---', functionName: '', separator: true });
    return this._api;
  }
  /** Sub-menu items are flattened as "Sub > Item" (a simplification: menus are recorded, not drawn). */
  addSubMenu(menu: Menu): Menu {
    const sub = unwrap(menu, MenuImpl);
    if (!sub) throw new Error('not emulated: a Menu from elsewhere');
    for (const item of sub._record.items) {
      this._record.items.push({ ...item, caption: `${sub._record.title} > ${item.caption}` });
    }
    return this._api;
  }
  /** Adding a menu with the same title again replaces it, as re-running onOpen does. */
  addToUi(): void {
    const menus = this._doc.menus;
    const i = menus.findIndex((m) => m.title === this._record.title && m.addon === this._record.addon);
    const copy = { ...this._record, items: this._record.items.map((x) => ({ ...x })) };
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}

export class UiImpl {
  readonly _api: GoogleAppsScript.Base.Ui;
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  constructor(readonly _doc: DocState) {
    this._api = expose(this, 'Ui', _doc.ctx, ['ButtonSet', 'Button']);
  }
  /** The add-on's menu under Extensions, titled with the add-on's name (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()). */
  createAddonMenu(): Menu {
    return new MenuImpl(this._doc, this._doc.addOnTitle, true)._api;
  }
  createMenu(caption: string): Menu {
    return new MenuImpl(this._doc, caption, false)._api;
  }
  private _show(kind: DialogRecord['kind'], output: unknown, title?: string): void {
    const impl = unwrap(output, HtmlOutputImpl);
    if (!impl) throw new Error('not emulated: user interface object that is not an HtmlOutput');
    this._doc.dialogs.push({
      kind,
      title: title ?? impl._title,
      html: impl._content,
      ...(impl._width === undefined ? {} : { width: impl._width }),
      ...(impl._height === undefined ? {} : { height: impl._height }),
    });
  }
  /** Sidebars are 300 px wide whatever setWidth says (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)). */
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this._show('sidebar', userInterface);
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this._show('modal', userInterface, title);
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this._show('modeless', userInterface, title);
  }
  /**
   * Recorded; answers as if the user pressed the first button: OK for OK / OK_CANCEL, YES for
   * YES_NO(_CANCEL) (https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)). A real alert blocks for the user.
   */
  alert(titleOrPrompt: string, promptOrButtons?: string | EnumValue, buttons?: EnumValue): EnumValue {
    const text = typeof promptOrButtons === 'string' ? `${titleOrPrompt}: ${promptOrButtons}` : titleOrPrompt;
    this._doc.alerts.push(String(text));
    const set = String(typeof promptOrButtons === 'string' ? buttons : (promptOrButtons ?? ButtonSet.OK));
    return set.startsWith('YES') ? Button.YES : Button.OK;
  }
}
