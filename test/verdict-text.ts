// Status texts without their verdict (` · confirmed`, ` · not yet sure: ...`), for tests about which
// rows are over and by how much; test/property/verdict.property.test.ts holds the verdicts.

export function heads(values: unknown[][]): unknown[][] {
  return values.map((row) => row.map(head));
}

export function head(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/ · .*$/, '') : value;
}
