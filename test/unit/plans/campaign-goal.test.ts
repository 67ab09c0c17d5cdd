// planCampaignGoal: the layout plan's shape, formulas and rules, for 1 and 7 channels and two locales.
import { describe, expect, it } from 'vitest';
import type { CampaignGoalInput } from '../../../src/plans/campaign-goal/config.ts';
import { CHANNELS, GOAL_LIMITS } from '../../../src/plans/campaign-goal/config.ts';
import { LAYOUT } from '../../../src/plans/campaign-goal/layout.ts';
import { planCampaignGoal } from '../../../src/plans/campaign-goal/plan.ts';
import { validateGoalConfig } from '../../../src/plans/campaign-goal/validate.ts';
import type { PlanCell, SheetPlan } from '../../../src/plans/shared/sheet-plan.ts';
import { leadsGoal } from '../../fixtures/goals.ts';

function goalOf(patch: Partial<CampaignGoalInput> = {}) {
  const r = validateGoalConfig(leadsGoal(patch), { defaultCurrency: 'USD' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.goal;
}

function cellAt(plan: SheetPlan, a1: string): PlanCell {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m?.[1] || !m[2]) throw new Error(a1);
  return plan.values.grid[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? null;
}

function formulas(plan: SheetPlan): string[] {
  const out: string[] = [];
  for (const row of plan.values.grid) for (const c of row) if (c && 'formula' in c) out.push(c.formula);
  return [...out, ...plan.conditionalFormats.map((r) => r.formula)];
}

const en = planCampaignGoal(goalOf(), { locale: 'en_US', sheetName: 'Goal - Q4 leads' });

describe('planCampaignGoal', () => {
  it('writes the goal as plain cells at fixed addresses', () => {
    expect(cellAt(en, 'A1')).toEqual({ text: 'Q4 leads' });
    expect(cellAt(en, LAYOUT.goal.model)).toEqual({ text: 'CPL' });
    expect(cellAt(en, LAYOUT.goal.target)).toEqual({ number: 50 });
    expect(cellAt(en, LAYOUT.goal.limit)).toEqual({ number: 45 });
    expect(cellAt(en, LAYOUT.goal.budget)).toEqual({ number: 2250 });
    // 2025-03-01 as a Sheets date serial (days since 1899-12-30).
    expect(cellAt(en, LAYOUT.goal.startDate)).toEqual({ number: 45717 });
    expect(cellAt(en, LAYOUT.goal.endDate)).toEqual({ number: 45746 });
  });

  it('keeps every grid the size of its range', () => {
    const top = LAYOUT.table.firstRow;
    expect(en.values.range).toBe(`A1:W${top}`);
    expect(en.values.grid).toHaveLength(top);
    expect(en.values.grid.every((r) => r.length === 23)).toBe(true);
    // Formats reach the pace block's last day (the longest campaign), past a new sheet's 1000 rows.
    const last = 3 + GOAL_LIMITS.maxDays;
    expect(en.numberFormats.range).toBe(`A1:W${last}`);
    expect(en.numberFormats.grid).toHaveLength(last);
    expect(en.addRows).toEqual({ after: 1000, count: last - 1000 });
    expect(en.styles.backgrounds).toHaveLength(top);
  });

  it('uses no custom functions, no decimal literals and no array literals in any formula', () => {
    const all = formulas(en);
    expect(all.length).toBeGreaterThan(30);
    for (const f of all) {
      expect(f).not.toMatch(/\b(ROAS|CPL|CPA|CPC|CTR|CVR|CAC|LTV|LTV_CAC)\(/);
      expect(f.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/\d\.\d|\{/);
    }
  });

  it('computes columns with one open-ended ARRAYFORMULA each, in the first data row', () => {
    expect(cellAt(en, 'L27')).toEqual({
      formula: `=ARRAYFORMULA(IF(ISNUMBER(E27:E)*ISNUMBER(D27:D),IF((D27:D>0)*(E27:E>=0),IFERROR(IF(E27:E/D27:D<=1000000000000,E27:E/D27:D,""),""),""),""))`,
    });
    for (const c of 'JKLMNOPQ')
      expect((cellAt(en, `${c}27`) as { formula: string }).formula).toMatch(/^=ARRAYFORMULA\(/);
  });

  it('flags rows with spend > limit x MAX(results, 1), the limit absolute and per channel', () => {
    // Amber (not yet sure) first, then red, then Check: the first rule that holds colours the row.
    expect(en.conditionalFormats).toHaveLength(3);
    expect(en.conditionalFormats[0]?.formula).toBe('=ISNUMBER(SEARCH("· not yet sure:",$J27))');
    expect(en.conditionalFormats[0]?.range).toBe(`A27:Q${LAYOUT.table.formatRows}`);
    const rule = en.conditionalFormats[1];
    expect(rule?.range).toBe(`A27:Q${LAYOUT.table.formatRows}`);
    // One row (30, relative) on this sheet: coloured exactly where the row's Status says "Over".
    expect(rule?.formula).toBe('=LEFT($J27,5)="Over "');
    expect(en.conditionalFormats[2]?.formula).toBe('=LEFT($J27,6)="Check "');
    // Status applies the limit of the channel the row is read as (K), computed from Your limit (R)
    // and the goal's B8, never read from the Limit applied cells (L), which are display.
    const status = (cellAt(en, 'J27') as { formula: string }).formula;
    // Each column and the row's limit are named once (LET) and computed once.
    expect(status).toMatch(/^=ARRAYFORMULA\(LET\(st_I,I27:I,/);
    expect(status).toContain(',st_K,K27:K,');
    expect(status).toContain(
      'st_limit,ARRAYFORMULA(IF(st_K=$J$4,IF(ISNUMBER($R$4),$R$4,$B$8),IF(st_K=$J$5,IF(ISNUMBER($R$5),$R$5,$B$8),$B$8)))',
    );
    expect(status).toContain('st_over,ARRAYFORMULA(st_I>st_limit*st_per_result)');
    expect(status).not.toMatch(/\$L\$|!/);
    // Channel order follows the catalogue: Social before LinkedIn.
    expect(cellAt(en, 'J4')).toEqual({ text: 'Social' });
    expect(cellAt(en, 'J5')).toEqual({ text: 'LinkedIn' });
    expect(cellAt(en, 'R5')).toEqual({ number: 80 });
    expect(cellAt(en, 'R4')).toBeNull();
    expect(cellAt(en, 'L4')).toEqual({ formula: '=IF(ISNUMBER(R4),R4,$B$8)' });
  });

  it('uses the model’s results column: Conversions for sales, Clicks for traffic', () => {
    const sales = planCampaignGoal(goalOf({ objective: 'sales' }), { locale: 'en_US', sheetName: 's' });
    expect((cellAt(sales, 'J27') as { formula: string }).formula).toContain('st_G,G27:G');
    expect((cellAt(sales, 'J27') as { formula: string }).formula).toContain('ISNUMBER(st_G)');
    expect((cellAt(sales, 'J27') as { formula: string }).formula).toContain('Over CPA limit by ');
    const traffic = planCampaignGoal(goalOf({ objective: 'traffic' }), { locale: 'en_US', sheetName: 't' });
    expect((cellAt(traffic, 'J27') as { formula: string }).formula).toContain('st_E,E27:E');
    expect((cellAt(traffic, 'J27') as { formula: string }).formula).toContain('ISNUMBER(st_E)');
  });

  it('renders every formula with ; and the decimal comma for de_DE', () => {
    const de = planCampaignGoal(goalOf({ currency: 'EUR' }), {
      locale: 'de_DE',
      sheetName: 'Goal - Q4 leads',
    });
    const status = (cellAt(de, 'J27') as { formula: string }).formula;
    // The decimal comma goes in at a fixed place of the padded digits (amountTextOnce).
    expect(status).toContain(';19;0;","))&" €"');
    expect(status).toContain('&" €"');
    for (const f of formulas(de)) expect(f.replace(/"(?:[^"]|"")*"/g, '')).not.toContain(',');
    expect(de.numberFormats.grid[7]?.[1]).toBe('#,##0.00 [$€]');
  });

  it('has the same shape for 1 and 7 channels: only the channel rows and the chart range grow', () => {
    const one = planCampaignGoal(goalOf({ channels: [{ id: 'search' }] }), {
      locale: 'en_US',
      sheetName: 'a',
    });
    const seven = planCampaignGoal(goalOf({ channels: CHANNELS.map((c) => ({ id: c.id })) }), {
      locale: 'en_US',
      sheetName: 'a',
    });
    for (const p of [one, seven]) {
      expect(p.values.range).toBe(`A1:W${LAYOUT.table.firstRow}`);
      expect(p.namedRanges).toHaveLength(1);
      expect(p.conditionalFormats).toHaveLength(3);
      expect(p.charts).toHaveLength(2);
      expect(p.charts[1]?.ranges).toEqual([`T${LAYOUT.pace.headerRow}:W${LAYOUT.pace.lastRow}`]);
      // One warning rule on the typed columns (numbers >= 0); the Channel column has none, as
      // platform names (Meta) are read as their channel and Status words the others.
      expect(p.validations.rules.filter((r) => r.allowInvalid)).toHaveLength(1);
    }
    expect(one.charts[0]?.ranges).toEqual(['J3:L4']);
    expect(seven.charts[0]?.ranges).toEqual(['J3:L10']);
    expect(seven.validations.grid[LAYOUT.table.firstRow - 1]?.[1]).toBeNull();
    expect(CHANNELS).toHaveLength(7);
  });

  it('names ranges with absolute references and a per-sheet prefix', () => {
    const other = planCampaignGoal(goalOf(), { locale: 'en_US', sheetName: 'Goal - Q4 leads (2)' });
    for (const nr of [...en.namedRanges, ...other.namedRanges]) {
      expect(nr.range).toMatch(/^\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
      expect(nr.name).toMatch(/^CG_[A-Za-z0-9_]+$/);
    }
    expect(en.namedRanges.map((n) => n.range)).toEqual(['$B$8']);
    const names = new Set([...en.namedRanges, ...other.namedRanges].map((n) => n.name));
    expect(names.size).toBe(2);
  });

  it('freezes the title and verdict rows and keeps user text as text', () => {
    expect(en.frozenRows).toBe(2);
    const evil = planCampaignGoal(goalOf({ name: '=IMPORTXML("http://x","//a")' }), {
      locale: 'en_US',
      sheetName: 'x',
    });
    expect(cellAt(evil, 'A1')).toEqual({ text: '=IMPORTXML("http://x","//a")' });
  });

  it('writes only documented number-format patterns: General where a cell needs none, never ""', () => {
    const all = new Set(en.numberFormats.grid.flat());
    expect(all.has('')).toBe(false);
    expect(all.has('General')).toBe(true);
    expect(en.numberFormats.grid[LAYOUT.table.firstRow - 1]?.[9]).toBe('General');
  });

  it('writes JPY amounts without decimals', () => {
    const jp = planCampaignGoal(goalOf({ currency: 'JPY', maxCostPerResult: 5000 }), {
      locale: 'ja_JP',
      sheetName: 'x',
    });
    // The yen amount is the rounded whole number (at least 1), with no decimal part.
    const formula = (cellAt(jp, 'J27') as { formula: string }).formula;
    expect(formula).toContain('"¥"&TRIM(SUBSTITUTE(RIGHT("                    "&BASE(ROUND(');
    expect(formula).not.toContain('REPLACE(');
    expect(jp.numberFormats.grid[7]?.[1]).toBe('[$¥]#,##0');
  });
});
