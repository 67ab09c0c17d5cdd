// The shape of one KPI function's single spec: it drives coercion, the generated @customfunction
// JSDoc, the README table, the sidebar's function reference and the native-formula equivalent.

/** How an argument is read and bounded. */
export type ParamKind =
  | 'amount' // money, >= 0, in the sheet's currency
  | 'count' // a count of events (clicks, leads, customers), >= 0
  | 'fraction' // a share in [0, 1] such as a margin or churn rate (12% arrives as 0.12)
  | 'ratio' // a non-negative ratio such as ROAS or LTV:CAC
  | 'number'; // any finite number (e.g. a profit that may be negative)

export interface ParamSpec {
  /** snake_case name shown in Sheets' autocomplete, e.g. `ad_spend`. */
  readonly name: string;
  /** Meaning and unit, one sentence. */
  readonly description: string;
  readonly kind: ParamKind;
  /** Optional parameters have a default used when the argument is omitted. */
  readonly optional?: boolean;
  readonly defaultValue?: number;
  /**
   * Whether the masked count ad exports write for 0 to 4 results (`<5`, shared/number-text.ts
   * MASKED_COUNT) reads as its cautious end, 4; elsewhere it is text, refused by name.
   */
  readonly masked?: true;
}

export interface FunctionSpec {
  /** What users type: UPPER_SNAKE, never a built-in Sheets function name. */
  readonly name: string;
  /** One sentence: what it computes. */
  readonly summary: string;
  readonly params: readonly ParamSpec[];
  /** Meaning and unit of the result, and when it is blank. */
  readonly returns: string;
  /** A formula a user could type, e.g. `=ROAS(B2:B40, C2:C40)`. */
  readonly example: string;
  /** Suggested number format for the result (e.g. `0.00"x"`, `0.00%`, currency). */
  readonly resultFormat: 'currency' | 'percent' | 'ratio' | 'number' | 'months';
  /**
   * The equivalent native Sheets formula for one row, with `{param}` placeholders (en_US syntax),
   * e.g. `IF(OR({ad_spend}="",{ad_spend}=0),"",{revenue}/{ad_spend})`. Used to make shared sheets
   * work for people without the add-on.
   */
  readonly native: string;
  /**
   * Why inputs valid one by one make no sense together (more conversions than trials), for a
   * compute that gives NaN on them; the words follow `NAME: ` in the error the user sees.
   */
  readonly invalid?: (...args: number[]) => string;
  /** The pure math for one cell; `undefined` means the result is blank (undefined ratio). */
  readonly compute: (...args: number[]) => number | undefined;
}
