// Service call accounting and the Proxy that exposes emulated objects: counts calls, throws on unknown methods.

/** Counts Apps Script service calls per `Class.method`, as made by the add-on's code (never by the emulator). */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /**
   * Calls that configure a builder object in memory (`SpreadsheetApp.new*`, `Sheet.newChart`, any
   * `*Builder.*`): in Apps Script these build a value the next document call sends, and touch no
   * document themselves. Everything else (reads, writes, range handles, locks) is a document call.
   */
  split(): { document: number; builders: number } {
    let builders = 0;
    for (const [key, n] of this.counts) if (isBuilderCall(key)) builders += n;
    return { document: this.total() - builders, builders };
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

/** `Class.method` of a builder call (see CallCounter.split). */
export function isBuilderCall(key: string): boolean {
  const [cls = '', method = ''] = key.split('.');
  // A metadata finder's with* calls only narrow the search its find() sends.
  const finder = cls === 'DeveloperMetadataFinder' && method !== 'find';
  return cls.endsWith('Builder') || /^new[A-Z]/.test(method) || finder;
}

/** Authorization modes (https://developers.google.com/apps-script/reference/script/auth-mode). */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** State shared by every emulated service of one local spreadsheet. */
export interface ServiceContext {
  calls: CallCounter;
  /** The mode the currently running entry point has (onOpen in NONE, custom functions, menu/sidebar FULL). */
  authMode: AuthModeName;
}

const implOf = new WeakMap<object, object>();

// Method-name prefixes that change a document or need authorization; a custom function calling them
// fails ("custom functions ... read only": https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
const WRITES =
  /^(set|insert|delete|clear|append|merge|protect|add|remove|create|show|toast|alert|flush|activate|copy|sort|hide|unhide|new)/;

/**
 * Wraps an emulator object as the object the add-on sees. Methods on its prototype chain (names not
 * starting with `_`) are counted and forwarded; `fields` lists data properties (enums) to expose;
 * any other property name is a function that throws `not emulated: Class.name` - an unknown method
 * must never be a silent no-op.
 */
export function expose<T>(impl: object, className: string, ctx: ServiceContext, fields: string[] = []): T {
  const methods = new Map<string, (...args: unknown[]) => unknown>();
  const proxy = new Proxy(impl, {
    get(target, prop) {
      if (typeof prop === 'symbol') return Reflect.get(target, prop);
      // Promise-resolution and JSON probes: not Apps Script API, answer as a plain object would.
      if (prop === 'then' || prop === 'toJSON' || prop === 'asymmetricMatch' || prop === '$$typeof')
        return undefined;
      if (prop === 'toString') return () => className;
      if (fields.includes(prop)) return Reflect.get(target, prop);
      const cached = methods.get(prop);
      if (cached) return cached;
      const fn = prop.startsWith('_') || prop === 'constructor' ? undefined : findMethod(target, prop);
      const key = `${className}.${prop}`;
      const wrapper = fn
        ? (...args: unknown[]): unknown => {
            ctx.calls.record(key);
            if (ctx.authMode === 'CUSTOM_FUNCTION' && WRITES.test(prop)) {
              throw new Error(`You do not have permission to call ${key}`);
            }
            return fn.apply(target, args);
          }
        : (): never => {
            throw new Error(`not emulated: ${key}`);
          };
      methods.set(prop, wrapper);
      return wrapper;
    },
    set(target, prop, value) {
      // Only HtmlTemplate takes arbitrary properties (its template variables).
      if (className === 'HtmlTemplate' && typeof prop === 'string') {
        (target as { _vars?: Record<string, unknown> })._vars ??= {};
        const vars = (target as { _vars: Record<string, unknown> })._vars;
        vars[prop] = value;
        return true;
      }
      throw new Error(`not emulated: setting ${className}.${String(prop)}`);
    },
    has(target, prop) {
      return typeof prop === 'string' && (fields.includes(prop) || findMethod(target, prop) !== undefined);
    },
  });
  implOf.set(proxy, impl);
  return proxy as T;
}

function findMethod(target: object, prop: string): ((...args: unknown[]) => unknown) | undefined {
  let proto: object | null = Object.getPrototypeOf(target);
  while (proto && proto !== Object.prototype) {
    const desc = Object.getOwnPropertyDescriptor(proto, prop);
    if (desc && typeof desc.value === 'function') return desc.value as (...args: unknown[]) => unknown;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

/** The emulator object behind an exposed one (or the object itself); for arguments passed back in. */
export function unwrap<T>(value: unknown, cls: abstract new (...args: never[]) => T): T | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const impl = implOf.get(value) ?? value;
  return impl instanceof cls ? (impl as T) : undefined;
}
