// The playground's Edit menu on the real local spreadsheet: rows and columns inserted, deleted and
// sorted at the selected cell, as a person tries them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlaygroundApi } from '../../local/server/api.ts';
import { emulatorOpener } from '../../local/server/emulator-book.ts';
import type { StateView } from '../../local/server/protocol.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function playground(): PlaygroundApi {
  const api = new PlaygroundApi({
    open: emulatorOpener(ROOT),
    fixturesDir: join(ROOT, 'fixtures'),
    locale: 'en_US',
    fixture: null,
  });
  const rows = [
    ['Campaign', 'Spend'],
    ['Beta', '300'],
    ['Alpha', '100'],
  ];
  rows.forEach((row, r) => {
    row.forEach((input, c) => {
      api.handle('POST', '/api/type', { a1: `${'AB'[c]}${r + 1}`, input });
    });
  });
  return api;
}

function column(view: unknown, col: number, rows: number): string[] {
  const grid = (view as StateView).grid;
  return Array.from({ length: rows }, (_, r) => grid.cells[r]?.[col]?.d ?? '');
}

describe('POST /api/edit', () => {
  it('inserts and deletes rows and columns at the selected cell and sorts below the header row', () => {
    const api = playground();
    const edit = (action: string, row: number, col: number) =>
      api.handle('POST', '/api/edit', { sheet: 'Sheet1', action, row, col });
    let reply = edit('insertRowAbove', 2, 1);
    expect(column(reply.body, 0, 4)).toEqual(['Campaign', '', 'Beta', 'Alpha']);
    reply = edit('deleteRow', 2, 1);
    reply = edit('sortAscending', 1, 1);
    expect(column(reply.body, 0, 3)).toEqual(['Campaign', 'Alpha', 'Beta']);
    reply = edit('sortDescending', 1, 2);
    expect(column(reply.body, 1, 3)).toEqual(['Spend', '300', '100']);
    reply = edit('insertColumnLeft', 1, 2);
    expect((reply.body as StateView).grid.cells[0]?.slice(0, 3).map((c) => c.d)).toEqual([
      'Campaign',
      '',
      'Spend',
    ]);
    reply = edit('deleteColumn', 1, 2);
    expect((reply.body as StateView).grid.cells[0]?.slice(0, 2).map((c) => c.d)).toEqual([
      'Campaign',
      'Spend',
    ]);
    reply = edit('insertColumnRight', 1, 2);
    expect((reply.body as StateView).grid.cells[1]?.slice(0, 3).map((c) => c.d)).toEqual(['Beta', '300', '']);
  });
  it('refuses an unknown action or a position that is not a row number, in words', () => {
    const api = playground();
    expect(
      api.handle('POST', '/api/edit', { sheet: 'Sheet1', action: 'explode', row: 1, col: 1 }),
    ).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('"action" must be one of insertRowAbove') },
    });
    expect(
      api.handle('POST', '/api/edit', { sheet: 'Sheet1', action: 'deleteRow', row: 0, col: 1 }),
    ).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('"row" must be a whole number >= 1') },
    });
  });
});
