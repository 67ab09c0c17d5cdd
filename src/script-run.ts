// The google.script.run contract. src/main.ts keeps ONE record of every server function (what runs,
// the parameter names of its generated top-level declaration, who calls it); scripts/build.ts emits
// the declarations from it and the sidebar derives its typed client from the record's type with a
// type-only import, so no server code reaches the sidebar bundle and no shape is copied by hand.

/** Who calls a server function: the sidebar through google.script.run, or Sheets (a trigger or menu item). */
export type Caller = 'sidebar' | 'sheets';

// `never[]` parameters accept every function; the record's entries keep their exact types.
type AnyFunction = (...args: never[]) => unknown;

/** One name per parameter: the generated `function name(a, b)` cannot drift from the function's arity. */
type NamesFor<T extends readonly unknown[]> = { readonly [I in keyof T]-?: string };
export type ParamNames<F extends AnyFunction> = NamesFor<Parameters<F>>;

export interface ServerFunction<F extends AnyFunction = AnyFunction, C extends Caller = Caller> {
  readonly run: F;
  readonly params: ParamNames<F>;
  readonly caller: C;
}

/**
 * A function the sidebar calls. Its parameter types are what the sidebar promises to send; the body
 * still validates them, since anyone can call a public function with anything.
 * Arguments and answers must be plain JSON (no Date, no functions): google.script.run refuses the rest.
 */
export function sidebarFunction<F extends AnyFunction>(
  run: F,
  params: ParamNames<F>,
): ServerFunction<F, 'sidebar'> {
  return { run, params, caller: 'sidebar' };
}

/** A trigger (onOpen, onInstall) or a menu action: global in Apps Script, not part of the sidebar's client. */
export function sheetsFunction<F extends AnyFunction>(
  run: F,
  params: ParamNames<F>,
): ServerFunction<F, 'sheets'> {
  return { run, params, caller: 'sheets' };
}

/** Names in record `R` that the sidebar may call. */
export type SidebarFunctionName<R> = {
  [K in keyof R]: R[K] extends ServerFunction<AnyFunction, 'sidebar'> ? K : never;
}[keyof R] &
  string;

type FunctionOf<E> = E extends ServerFunction<infer F> ? F : never;

/** The sidebar's view of one server function: the same arguments, the answer as a promise. */
export type SidebarCall<E> = (
  ...args: Parameters<FunctionOf<E>>
) => Promise<Awaited<ReturnType<FunctionOf<E>>>>;

/** Every sidebar-callable function of `R`, promise-based. */
export type SidebarApi<R> = { [K in SidebarFunctionName<R>]: SidebarCall<R[K]> };

/** What a sidebar-callable function of `R` answers. */
export type Answer<R, K extends SidebarFunctionName<R>> = Awaited<ReturnType<FunctionOf<R[K]>>>;

/** The slice of google.script.run the sidebar uses: each with*Handler gives a new runner. */
export type ScriptRun<R> = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun<R>;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun<R>;
} & { [K in SidebarFunctionName<R>]: (...args: Parameters<FunctionOf<R[K]>>) => void };
