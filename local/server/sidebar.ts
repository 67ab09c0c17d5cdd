// Prepares the add-on's sidebar HTML for the playground iframe: an offline-only CSP and the
// google.script.run shim go in before any of the page's own tags, so its scripts find `google` defined.

/**
 * Only same-origin and inline resources load. A stylesheet or font on an unreachable host (Google's
 * add-on CSS, say) is refused at once instead of stalling the first paint while the request times out.
 */
const OFFLINE_CSP =
  "default-src 'self' 'unsafe-inline' data: blob:; script-src 'self' 'unsafe-inline'; connect-src 'self'";

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Keeps a script's text from closing its own <script> element early. */
function inlineScript(js: string): string {
  return js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

/**
 * The sidebar HTML with the CSP meta tag and the shim (knowing which server functions exist) inserted
 * right after <head>, or at the very start when the page has no head.
 */
export function prepareSidebarHtml(html: string, shimJs: string, serverFunctions: readonly string[]): string {
  const injected =
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(OFFLINE_CSP)}">` +
    `<script data-functions="${escapeAttribute(JSON.stringify(serverFunctions))}">${inlineScript(shimJs)}</script>`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + injected + html.slice(at);
  }
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}<head>${injected}</head>${html.slice(at)}`;
}

/**
 * The functions google.script.run may call: top-level function declarations in Code.js whose names
 * do not end in `_` (Google's html/communication guide: private functions end in an underscore).
 */
export function callableServerFunctions(codeJs: string): string[] {
  const names = new Set<string>();
  for (const match of codeJs.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)) {
    const name = match[1];
    if (name && !name.endsWith('_')) names.add(name);
  }
  return [...names];
}
