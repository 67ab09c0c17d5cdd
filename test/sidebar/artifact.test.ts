// The built dist/Sidebar.html: one self-contained file that HtmlService can evaluate as a template.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const html = readFileSync(join(import.meta.dirname, '../../dist/Sidebar.html'), 'utf8');

describe('dist/Sidebar.html', () => {
  it('has exactly one scriptlet, the view, so esbuild output cannot confuse the template parser', () => {
    expect(html.match(/<\?/g)).toEqual(['<?']);
    expect(html).toContain('<body data-view="<?= view ?>">');
  });

  it('inlines the styles and the script, and loads nothing from the network', () => {
    expect(html).not.toContain('@inline');
    expect(html).toMatch(/<style>[\s\S]*--blue: #1a73e8[\s\S]*<\/style>/);
    expect(html).toMatch(/<script>\n[\s\S]{1000,}<\/script>/);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('opens links in the top window (the sidebar runs in a sandboxed iframe)', () => {
    expect(html).toContain('<base target="_top" />');
  });

  // The sidebar loads once per opening, not per cell; four panels (wizard, flags, sharing,
  // reference) fit in 64 KB of minified script.
  it('keeps the sidebar script small', () => {
    const script = html.slice(html.indexOf('<script>'));
    expect(script.length).toBeLessThan(64_000);
  });

  it('holds none of the server: the sidebar imports server types only', () => {
    for (const server of ['SpreadsheetApp', 'LockService', 'HtmlService', 'planCampaignGoal']) {
      expect(html).not.toContain(server);
    }
  });
});
