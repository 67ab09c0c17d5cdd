// Reading a report file as Sheets' File > Import does: its bytes decoded, its separator found, its
// rows split. The import dialog's separator choices are "Detect automatically", "Tab", "Comma" and
// a custom one; no stored copy of Google's help page for it was found, and what Google documents
// says nothing of encodings or of how detection works. So only what real downloads need is
// accepted: UTF-8 with or without a BOM, UTF-16 with a BOM (Google Ads' "Excel .csv" download is
// UTF-16LE, tab-separated: fixtures/real/), and tab or comma as the separator.

/** A report to import: its text, or the file's bytes as downloaded. */
export type ReportFile = { name: string; text: string } | { name: string; bytes: Uint8Array };

/** The file's text: a BOM chooses the encoding (and is dropped); no BOM reads as UTF-8. */
export function decodeReportBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // fatal: a file in another 8-bit encoding is refused in words rather than read as U+FFFD.
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(
      'the file is not UTF-8 and has no UTF-16 byte-order mark: save it as CSV UTF-8 or download it again',
    );
  }
}

/** Separators counted outside quotes, line by line: the one that splits some line wins; tab first. */
export function detectDelimiter(text: string): '\t' | ',' {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text.slice(0, 20_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\t') tabs++;
    else if (!quoted && ch === ',') commas++;
  }
  return tabs > 0 && tabs >= commas ? '\t' : ',';
}

/** The rows of a report file as Sheets' import would split them (text cells, not yet typed). */
export function readReportFile(file: ReportFile): string[][] {
  const text = ('bytes' in file ? decodeReportBytes(file.bytes) : file.text).replace(/^\ufeff/, '');
  return parseCsv(text, detectDelimiter(text));
}

/** Rows of cell texts; quoted fields may hold the delimiter, doubled quotes and newlines (RFC 4180). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
