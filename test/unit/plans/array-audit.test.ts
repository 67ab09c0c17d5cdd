// The audit of every formula the add-on writes under the array-rule table (local/engine/array-rules.ts):
// the goal sheet (every objective, en_US and de_DE), the Status and rule flagBreaches writes on each
// ad-platform fixture, and the native form Prepare for sharing writes for every KPI function over
// ranges. No ARRAYFORMULA may ask a function for one value per row that Sheets gives once for the
// whole range, nor lean on a function whose behaviour is unknown without saying how it holds.
import { describe, expect, it } from 'vitest';
import { auditFormula } from '../../../local/engine/array-audit.ts';
import { ARRAY_RULES } from '../../../local/engine/array-rules.ts';
import { openLocalSpreadsheet } from '../../../local/index.ts';
import { SPECS } from '../../../src/functions/specs.ts';
import { OBJECTIVES, type Objective } from '../../../src/plans/campaign-goal/config.ts';
import { planCampaignGoal } from '../../../src/plans/campaign-goal/plan.ts';
import { validateGoalConfig } from '../../../src/plans/campaign-goal/validate.ts';
import { breachFormulas } from '../../../src/plans/shared/breach-rule.ts';
import { nativeCall } from '../../../src/plans/sharing/native.ts';
import { leadsGoal } from '../../fixtures/goals.ts';
import { detect, fixtureText, flag } from '../../flags/helpers.ts';

const LOCALES = [
  { locale: 'en_US', separator: ',' },
  { locale: 'de_DE', separator: ';' },
] as const;

function goalSheetFormulas(objective: Objective, locale: string): string[] {
  const r = validateGoalConfig(leadsGoal({ objective }), { defaultCurrency: 'USD' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const plan = planCampaignGoal(r.goal, { locale, sheetName: 'Goal' });
  const out: string[] = [];
  for (const row of plan.values.grid) for (const c of row) if (c && 'formula' in c) out.push(c.formula);
  return [...out, ...plan.conditionalFormats.map((rule) => rule.formula)];
}

function flagFormulas(file: string, model: 'CPA' | 'CPL'): string[] {
  const ss = openLocalSpreadsheet({ csv: { name: 'Report', text: fixtureText(file) } });
  flag(ss, detect(ss), model, 50);
  const cells = ss
    .formulas('Report!A1:Z60')
    .flat()
    .filter((f) => f !== '');
  return [...cells, ...ss.conditionalRules('Report').flatMap((r) => (r.formula ? [r.formula] : []))];
}

function sharingFormulas(locale: string): string[] {
  return SPECS.map((spec) =>
    nativeCall(
      spec,
      spec.params.map((_p, i) => `${String.fromCharCode(65 + i)}2:${String.fromCharCode(65 + i)}9`),
      true,
      locale,
    ),
  ).map((f) => `=${f}`);
}

/** The Status of a plain CPA report on rows 2-9 (spend B, conversions C, limit E1), en_US. */
const plainStatus = (): string =>
  breachFormulas({
    firstRow: 2,
    lastRow: 9,
    model: 'CPA',
    spend: { column: 'B', label: 'Spend' },
    results: { column: 'C', label: 'Conversions' },
    limit: () => '$E$1',
    currency: 'USD',
    locale: 'en_US',
  }).status;

describe('every formula the add-on writes holds under the array rules', () => {
  for (const { locale, separator } of LOCALES) {
    for (const objective of Object.keys(OBJECTIVES) as Objective[]) {
      it(`the goal sheet (${objective}, ${locale})`, () => {
        const formulas = goalSheetFormulas(objective, locale);
        expect(formulas.filter((f) => /ARRAYFORMULA/i.test(f)).length).toBeGreaterThanOrEqual(10);
        expect(formulas.flatMap((f) => auditFormula(f, separator))).toEqual([]);
      });
    }
    it(`Prepare for sharing's native forms over ranges (${locale})`, () => {
      const formulas = sharingFormulas(locale);
      expect(formulas.every((f) => f.includes('ARRAYFORMULA'))).toBe(true);
      expect(formulas.flatMap((f) => auditFormula(f, separator))).toEqual([]);
    });
  }

  it.each([
    ['google-ads-campaigns.csv', 'CPA'],
    ['meta-ads-campaigns.csv', 'CPL'],
    ['linkedin-campaigns.csv', 'CPL'],
  ] as const)('the Status and rule flagBreaches writes on %s', (file, model) => {
    const formulas = flagFormulas(file, model);
    expect(formulas.some((f) => /^=ARRAYFORMULA\(/.test(f))).toBe(true);
    expect(formulas.flatMap((f) => auditFormula(f))).toEqual([]);
  });
});

describe('the audit', () => {
  it("finds the pace block's former SUMIFS, which gave one total for every day in Sheets", () => {
    const old =
      '=ARRAYFORMULA(IF($Q$14:$Q$1109="","",SUMIFS($F$14:$F$513,$A$14:$A$513,"<="&$Q$14:$Q$1109,$P$14:$P$513,"<>Check*")))';
    expect(auditFormula(old).map((f) => [f.name, f.argument])).toEqual([['SUMIFS', 3]]);
  });

  it('finds AND over a column inside ARRAYFORMULA and COUNTIFS (unknown) without a reason', () => {
    const found = auditFormula('=ARRAYFORMULA(IF(AND(A2:A9>0,B2:B9>0),COUNTIFS(C2:C9,C2:C9),""))').map(
      (f) => [f.name, f.argument],
    );
    expect(found).toEqual([
      ['AND', 1],
      ['AND', 2],
      ['COUNTIFS', 2],
    ]);
  });

  it('sees through LET names: a name bound to a range (or to an expression of one) is that range', () => {
    const found = (f: string): string[][] => auditFormula(f).map((x) => [x.name, String(x.argument)]);
    // st_b is the column, st_c an expression of it: AND over either folds the column.
    expect(found('=ARRAYFORMULA(LET(st_b,B2:B9,st_c,ARRAYFORMULA(st_b*2),IF(AND(st_c>0),1,0)))')).toEqual([
      ['AND', '1'],
    ]);
    expect(found('=ARRAYFORMULA(LET(st_b,B2:B9,COUNTIFS(st_b,st_B)))')).toEqual([['COUNTIFS', '2']]);
    // A name bound to one cell varies with nothing.
    expect(found('=ARRAYFORMULA(LET(lim,$F$1,IF(AND(lim>0),B2:B9,"")))')).toEqual([]);
  });

  it('lets a fold over a bare range stand (MAX of the Date column), and SUMIF expand', () => {
    expect(auditFormula('=ARRAYFORMULA(IF(Q2:Q9>MAX(A2:A9),"",SUMIF(A2:A9,"<="&Q2:Q9,B2:B9)))')).toEqual([]);
    expect(auditFormula('=SUMIFS(B2:B9;A2:A9;"<="&Q2)', ';')).toEqual([]);
  });

  it('takes an unknown function with the reason beside its entry (ISDATE), and says that reason', () => {
    expect(auditFormula('=ARRAYFORMULA(IFERROR(ISDATE(A2:A9),0))')).toEqual([]);
    expect(ARRAY_RULES.ISDATE?.eitherWay).toMatch(/ROWS/);
    const status = plainStatus();
    expect(status).toContain('IF(IFERROR(ROWS(ISDATE(SEQUENCE(2)))=2,FALSE()),ISDATE(B2:B9),0)');
    expect(status).toContain('"Check Spend: a date"');
  });
});

/** What `formula` in D2 gives beside B2:B4 typed as `typed`, as a user types them. */
function column(typed: string[], formula: string): unknown[] {
  const ss = openLocalSpreadsheet({ code: 'function onOpen(e) {}', sheets: [{ name: 'S' }] });
  typed.forEach((t, i) => {
    ss.type(`S!B${i + 2}`, t);
  });
  ss.type('S!D2', formula);
  return ss.values('S!D2:D4').map((r) => r[0]);
}

describe("the breach rule's date check holds whichever way Sheets answers ISDATE over a range", () => {
  // The guard as the breach rule writes it (the probe a two-element SEQUENCE), inside a per-row IF
  // as in the Status, with ISDATE replaced by what Sheets might do instead: per element (the general
  // rule), one value for the whole array (here the first row's answer), or an error. B2 holds a
  // typed date (serial 45718).
  const status = (isDate: (c: string) => string, guarded = true): string => {
    const test = guarded
      ? `IFERROR(IF(ROWS(${isDate('SEQUENCE(2)')})=2,${isDate('B2:B4')},0),0)`
      : isDate('B2:B4');
    return `=ARRAYFORMULA(IF(${test},"date","ok "&B2:B4))`;
  };
  const cases: [string, string, string[]][] = [
    ['per element: each row judged', status((c) => `ISDATE(${c})`), ['date', 'ok 120', 'ok 80']],
    ['one value: the check falls silent', status(() => 'ISDATE(B2)'), ['ok 45718', 'ok 120', 'ok 80']],
    ['an error: the check falls silent', status((c) => `ISDATE(${c})*NA()`), ['ok 45718', 'ok 120', 'ok 80']],
    // What the guard prevents: one value, unguarded, gives the first row's answer to every row.
    ['(unguarded, one value)', status(() => 'ISDATE(B2)', false), ['date', 'date', 'date']],
  ];
  it.each(cases)('%s', (_name, formula, want) => {
    expect(column(['3/2/2025', '120', '80'], formula)).toEqual(want);
  });
});

describe("the breach rule's percentage-or-time check holds whichever way Sheets answers TO_TEXT over a range", () => {
  // The checks as the breach rule writes them (the probe a two-element SEQUENCE), inside a per-row
  // IF as in the Status, with TO_TEXT replaced by what Sheets might do instead: per element with each
  // cell's format, one value for the whole array (the first row's text), an error, or per element
  // without the format (plain digits). B2 holds a typed 12%, B3 a typed 10:30, B4 $80.00.
  const status = (toText: (c: string) => string, guarded = true): string => {
    const test = `ISNUMBER(B2:B4)*ISNUMBER(FIND("%",SUBSTITUTE(${toText('B2:B4')},":","%")))`;
    const odd = guarded ? `IFERROR(IF(ROWS(${toText('SEQUENCE(2)')})=2,${test},0),0)` : test;
    return `=ARRAYFORMULA(IF(${odd},"odd","money"))`;
  };
  const cases: [string, string, string[]][] = [
    [
      'per element, each with its format: each row judged',
      status((c) => `TO_TEXT(${c})`),
      ['odd', 'odd', 'money'],
    ],
    ['one value: the check falls silent', status(() => 'TO_TEXT(B2)'), ['money', 'money', 'money']],
    ['an error: the check falls silent', status((c) => `TO_TEXT(${c})&NA()`), ['money', 'money', 'money']],
    [
      'per element without formats: the check falls silent',
      status((c) => `(${c}&"")`),
      ['money', 'money', 'money'],
    ],
    // What the guard prevents: one value, unguarded, gives the first row's answer to every row.
    ['(unguarded, one value)', status(() => 'TO_TEXT(B2)', false), ['odd', 'odd', 'odd']],
  ];
  it.each(cases)('%s', (_name, formula, want) => {
    expect(column(['12%', '10:30', '$80.00'], formula)).toEqual(want);
  });

  it('takes TO_TEXT in the Status with the reason beside its entry', () => {
    expect(ARRAY_RULES.TO_TEXT?.eitherWay).toMatch(/ROWS/);
    const status = plainStatus();
    expect(auditFormula(status)).toEqual([]);
    expect(status).toContain(
      'IF(IFERROR(ROWS(TO_TEXT(SEQUENCE(2)))=2,FALSE()),ISNUMBER(FIND("%",SUBSTITUTE(TO_TEXT(B2:B9),":","%"))),0)',
    );
    expect(status).toContain('"Check Spend: a percentage or a time, not money"');
  });
});
