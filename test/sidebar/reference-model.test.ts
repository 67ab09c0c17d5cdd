// Function reference helpers: the signature users type and the search box.
import { describe, expect, it } from 'vitest';
import {
  type FunctionDoc,
  filterFunctions,
  inLocale,
  optionalNote,
  signature,
} from '../../sidebar/reference-model.ts';

const roas: FunctionDoc = {
  name: 'ROAS',
  summary: 'Return on ad spend.',
  params: [
    { name: 'revenue', description: 'Revenue from the ads.' },
    { name: 'ad_spend', description: 'Ad spend.' },
  ],
  returns: 'The ratio.',
  example: '=ROAS(B2:B40, C2:C40)',
};
const ltv: FunctionDoc = {
  name: 'LTV',
  summary: 'Customer lifetime value.',
  params: [
    { name: 'arpu', description: 'Average revenue per user per month.' },
    { name: 'churn', description: 'Monthly churn rate.' },
    { name: 'margin', description: 'Gross margin.', optional: true },
  ],
  returns: 'Value in currency.',
  example: '=LTV(50, 5%)',
};

describe('signature', () => {
  it('lists parameters and brackets the optional ones', () => {
    expect(signature(roas)).toBe('ROAS(revenue, ad_spend)');
    expect(signature(ltv)).toBe('LTV(arpu, churn, [margin])');
    expect(signature({ ...roas, name: 'NOW_ISH', params: [] })).toBe('NOW_ISH()');
  });

  it("prefers the server's syntax when it sends one", () => {
    expect(signature({ ...ltv, syntax: 'LTV(arpu, churn, [gross_margin])' })).toBe(
      'LTV(arpu, churn, [gross_margin])',
    );
  });
});

describe('optionalNote', () => {
  it('marks optional parameters and their defaults', () => {
    expect(optionalNote({ name: 'a', description: '' })).toBe('');
    expect(optionalNote({ name: 'a', description: '', optional: false })).toBe('');
    expect(optionalNote({ name: 'a', description: '', optional: true })).toBe(' (optional)');
    expect(optionalNote({ name: 'a', description: '', optional: true, defaultValue: 1 })).toBe(
      ' (optional, default 1)',
    );
  });
});

describe('filterFunctions', () => {
  it('matches every word in names, summaries and parameters, case-insensitively', () => {
    expect(filterFunctions([roas, ltv], '')).toEqual([roas, ltv]);
    expect(filterFunctions([roas, ltv], 'roas')).toEqual([roas]);
    expect(filterFunctions([roas, ltv], 'CHURN')).toEqual([ltv]);
    expect(filterFunctions([roas, ltv], 'revenue')).toEqual([roas, ltv]);
    expect(filterFunctions([roas, ltv], 'revenue month')).toEqual([ltv]);
    expect(filterFunctions([roas, ltv], 'cpl')).toEqual([]);
  });
});

describe('inLocale', () => {
  it('writes examples and signatures with ; where the spreadsheet uses a decimal comma', () => {
    expect(inLocale('=LTV(80, 3, 2, 40%)', 'de_DE')).toBe('=LTV(80; 3; 2; 40%)');
    expect(inLocale('LTV(arpu, churn, [margin])', 'de_DE')).toBe('LTV(arpu; churn; [margin])');
    expect(inLocale('=ROAS(B2:B40, C2:C40)', 'en_US')).toBe('=ROAS(B2:B40, C2:C40)');
    // Text in quotes keeps its commas.
    expect(inLocale('=ROAS(B2, "a,b")', 'de_DE')).toBe('=ROAS(B2; "a,b")');
  });
});
