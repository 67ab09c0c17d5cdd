// How functions behave inside ARRAYFORMULA in Google Sheets: one table, each entry with its source,
// that the local engine follows (arrayRulePlugins) and the add-on's formula audit reads
// (test/unit/plans/array-audit.test.ts). Google documents only the general rule; the exceptions are
// reported by users, and where no report was found the entry says so.
//
// The general rule, for every function not listed: "a function given a range where it expects one
// value is evaluated per element" inside ARRAYFORMULA - Google: ARRAYFORMULA enables "the use of
// non-array functions with arrays" (https://support.google.com/docs/answer/3093275); Stack Overflow
// 62661367, "Explain ArrayFormula expansion rules" (SUMIF "is re-evaluated for each value in the
// range"). Functions that take a range by nature (SUM, MAX, SUMIF's first argument...) read the whole
// range in that place.
import type { FunctionPluginDefinition } from 'hyperformula';

/**
 * - `expands`: one result per element of a range given where one value goes (the general rule);
 * - `one value`: the whole range gives one result, inside ARRAYFORMULA too;
 * - `unknown`: no report either way, or reports that disagree.
 */
export type ArrayRule = 'expands' | 'one value' | 'unknown';

export interface ArrayRuleEntry {
  readonly rule: ArrayRule;
  /** The page(s) the rule comes from and what they say, or why none settles it. */
  readonly source: string;
  /**
   * The 1-based arguments that take one value each (criteria, positions): a range there needs the
   * function to expand. `all`: every argument is folded into the one result (AND, SUM...).
   * `repeat` says the last `repeat` positions recur (SUMIFS's criteria pairs).
   */
  readonly oneValueArgs: readonly number[] | 'all';
  readonly repeat?: number;
  /** What the local engine does for an `unknown` entry, and why that is the stricter answer. */
  readonly engine?: 'expands' | 'one value';
  /**
   * For an `unknown` entry the add-on uses over a range inside ARRAYFORMULA: how its formulas hold
   * whichever answer Sheets gives. The audit refuses such a use without it.
   */
  readonly eitherWay?: string;
}

const SO_62661367 =
  'https://stackoverflow.com/questions/62661367 ("Explain ArrayFormula expansion rules"): SUMIF "is re-evaluated for each value in the range ... Sumifs does not exhibit this behaviour"';
const NO_REPORT =
  'no report found either way (searched: Stack Overflow, infoinspired.com, benlcollins.com copies); Google documents only the general rule';

/** Function names upper-case, as the engine knows them. */
export const ARRAY_RULES: Readonly<Record<string, ArrayRuleEntry>> = {
  SUMIF: { rule: 'expands', source: SO_62661367, oneValueArgs: [2] },
  COUNTIF: {
    rule: 'expands',
    source:
      'general rule (SO 62661367 shows it for SUMIF, its sibling); modelmonkey.com "COUNTIF + ARRAYFORMULA in Google Sheets": "COUNTIF already returns an array when given an array as the criteria argument"',
    oneValueArgs: [2],
  },
  SUMIFS: {
    rule: 'one value',
    source: `${SO_62661367}; https://infoinspired.com/google-docs/spreadsheet/array-formula-to-conditionally-sum-date-ranges : SUMIFS "doesn't expand the results like Sumif"`,
    oneValueArgs: [3],
    repeat: 2,
  },
  COUNTIFS: {
    rule: 'unknown',
    source:
      'reports disagree: the issue\'s fidelity review reports it does not expand; https://infoinspired.com/google-docs/spreadsheet/countifs-array-formula-in-google-sheets/ : "Unlike SUMIFS ... COUNTIFS can dynamically expand the result in most cases. However, there are certain occasions where it may fail to expand"',
    oneValueArgs: [2],
    repeat: 2,
    engine: 'one value',
  },
  AVERAGEIFS: {
    rule: 'one value',
    source:
      'https://infoinspired.com/google-docs/spreadsheet/averageifs-arrayformula-google-sheets-date-range : "AVERAGEIFS does not work inside an ArrayFormula in Google Sheets to return an expanding conditional average" (HyperFormula has no AVERAGEIFS: #NAME? locally)',
    oneValueArgs: [3],
    repeat: 2,
  },
  MAXIFS: {
    rule: 'unknown',
    source: `${NO_REPORT}; SUMIFS and AVERAGEIFS of the same family give one value`,
    oneValueArgs: [3],
    repeat: 2,
    engine: 'one value',
  },
  MINIFS: {
    rule: 'unknown',
    source: `${NO_REPORT}; SUMIFS and AVERAGEIFS of the same family give one value`,
    oneValueArgs: [3],
    repeat: 2,
    engine: 'one value',
  },
  AND: {
    rule: 'one value',
    source:
      'https://exceljet.net/lessons/array-formulas-with-and-and-or-logic : AND and OR "are meant to aggregate results ... if you give them an array, you\'ll get back a single result" (written for Excel; the add-on spells per-row AND/OR as * and +, src/plans/sharing/native.ts)',
    oneValueArgs: 'all',
  },
  OR: {
    rule: 'one value',
    source: 'as AND (exceljet.net, "Array formulas with AND and OR logic")',
    oneValueArgs: 'all',
  },
  CONCATENATE: {
    rule: 'one value',
    source:
      'Stack Overflow "Combining ARRAYFORMULA with functions whose arguments can be rectangular ranges" (copy in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1): ARRAYFORMULA(CONCATENATE(A1:C20)) gives "a single cell containing the concatenated string of the entire range"',
    oneValueArgs: 'all',
  },
  SUM: {
    rule: 'one value',
    source:
      'benlcollins.com "How do array formulas work in Google Sheets" (copy in https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1): =ArrayFormula(SUM(B2:B5 * C2:C5)) gives the one total',
    oneValueArgs: 'all',
  },
  MAX: {
    rule: 'one value',
    source:
      'takes ranges by nature and folds them, as SUM (Google: https://support.google.com/docs/answer/3094013)',
    oneValueArgs: 'all',
  },
  MIN: {
    rule: 'one value',
    source:
      'takes ranges by nature and folds them, as SUM (Google: https://support.google.com/docs/answer/3094017)',
    oneValueArgs: 'all',
  },
  INDEX: {
    rule: 'unknown',
    source: `${NO_REPORT} for an array of row or column numbers`,
    oneValueArgs: [2, 3],
    engine: 'one value',
  },
  OFFSET: {
    rule: 'unknown',
    source: `${NO_REPORT}; locally HyperFormula accepts OFFSET only with constant arguments, so no range can reach it`,
    oneValueArgs: [2, 3, 4, 5],
    engine: 'one value',
  },
  INDIRECT: {
    rule: 'unknown',
    source: `${NO_REPORT}; HyperFormula has no INDIRECT (#NAME? locally)`,
    oneValueArgs: [1],
    engine: 'one value',
  },
  // Listed though they follow the general rule: the verdicts (issue 19) put ranges into them inside
  // the Status ARRAYFORMULA, and a scalar function's page says nothing of arrays.
  'GAMMA.DIST': {
    rule: 'expands',
    source: `general rule: a scalar function, as the non-array functions ARRAYFORMULA is for (https://support.google.com/docs/answer/3093275; ${SO_62661367}); no report of an exception found`,
    oneValueArgs: [1, 2, 3, 4],
  },
  'GAMMA.INV': {
    rule: 'expands',
    source: `general rule: a scalar function (https://support.google.com/docs/answer/3093275; ${SO_62661367}); no report of an exception found`,
    oneValueArgs: [1, 2, 3],
  },
  ABS: {
    rule: 'expands',
    source: `general rule: a scalar function (https://support.google.com/docs/answer/3093275; ${SO_62661367}); no report of an exception found`,
    oneValueArgs: [1],
  },
  SEARCH: {
    rule: 'expands',
    source: `general rule: a scalar function (https://support.google.com/docs/answer/3093275; ${SO_62661367}); the add-on uses it only in the amber conditional-format rule, on one cell per row, outside ARRAYFORMULA`,
    oneValueArgs: [1, 2, 3],
  },
  ISDATE: {
    rule: 'unknown',
    source:
      "ISDATE's page (https://support.google.com/docs/answer/9061381) is silent on a range; the general rule says per element, and no report was found either way",
    oneValueArgs: [1],
    engine: 'expands',
    eitherWay:
      "the breach rule's date checks read IF(IFERROR(ROWS(ISDATE(SEQUENCE(2)))=2,FALSE()),ISDATE(col),0) (src/plans/shared/breach-rule.ts): per element, each row is judged; one value for an array, or an error, and the date check falls silent (a date typed as spend is then read as its serial number), never one row's answer given to every row",
  },
  TO_TEXT: {
    rule: 'unknown',
    source:
      "TO_TEXT's page (https://support.google.com/docs/answer/3094285) is silent on a range. Public setup guides found by the code search rely on it expanding: one writes =QUERY(ARRAYFORMULA(TO_TEXT('Form Responses 1'!A:F)), ...) because wrapping the range \"forces every cell to plain text first\", others match a value against ARRAYFORMULA(TO_TEXT(a column)) (the index does not name their repositories). No report says whether each element keeps its own cell's format inside the array, and no Q&A or Google statement was found either way",
    oneValueArgs: [1],
    engine: 'expands',
    eitherWay:
      "the breach rule's percentage and time checks read IF(IFERROR(ROWS(TO_TEXT(SEQUENCE(2)))=2,FALSE()),...,0) (src/plans/shared/breach-rule.ts): per element with each cell's format, each row is judged; one value for an array, or an error, and the checks fall silent, never one row's answer given to every row; elements without their format (plain digits) show no % or :, so the checks fall silent there too - a percentage or time typed as spend is then read as money, and typed as results as a fraction of a count, as before the checks existed, and no amount is ever taken for one",
  },
};

/** The table's entry for a function, or undefined where the general rule (expands) applies. */
export function arrayRule(name: string): ArrayRuleEntry | undefined {
  return ARRAY_RULES[name.toUpperCase()];
}

/** What the local engine does with a range in a one-value argument of `name` inside ARRAYFORMULA. */
export function engineExpands(name: string): boolean {
  const entry = arrayRule(name);
  if (!entry) return true;
  if (entry.rule === 'unknown') return entry.engine === 'expands';
  return entry.rule === 'expands';
}

/** Whether argument `position` (1-based) of a call to `entry`'s function takes one value. */
export function takesOneValue(entry: ArrayRuleEntry, position: number): boolean {
  const args = entry.oneValueArgs;
  if (args === 'all') return true;
  if (args.includes(position)) return true;
  const last = args[args.length - 1] ?? 0;
  return entry.repeat !== undefined && position > last && (position - last) % entry.repeat === 0;
}

/**
 * The engine's function plugins, with every function the table says gives one value inside
 * ARRAYFORMULA (or, unknown, whose stricter answer is one value) kept from expanding: HyperFormula
 * vectorizes any function given a range in a one-value argument under ARRAYFORMULA, and its
 * `vectorizationForbidden` turns that off (the range then gives one value: HyperFormula's implicit
 * intersection, the first element of a computed array; which value Sheets gives is not documented).
 */
export function followArrayRules(plugins: readonly FunctionPluginDefinition[]): FunctionPluginDefinition[] {
  return plugins.map((plugin) => {
    const implemented = plugin.implementedFunctions;
    const held = Object.keys(implemented).filter((name) => !engineExpands(name));
    if (held.length === 0) return plugin;
    const ruled: FunctionPluginDefinition['implementedFunctions'] = { ...implemented };
    for (const name of held) {
      const metadata = implemented[name];
      if (metadata) ruled[name] = { ...metadata, vectorizationForbidden: true };
    }
    class Ruled extends plugin {
      static override implementedFunctions = ruled;
    }
    // HyperFormula finds a function's method on the plugin's own prototype only.
    for (const key of Object.getOwnPropertyNames(plugin.prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(plugin.prototype, key);
      if (key !== 'constructor' && descriptor) Object.defineProperty(Ruled.prototype, key, descriptor);
    }
    return Ruled;
  });
}
