// Reading the CSV and Excel downloads (tests/e2e/export.test.mjs,
// injection.test.mjs): the CSV as German Excel reads it, the workbook
// through LibreOffice, which recalculates it (the workbook carries no
// cached results, and the profile used here recalculates on every load).
// The native test tests/export_xlsx.rs does the same for every fixture.
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** LibreOffice: recalculate OOXML and ODF files on loading, always. */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Parses CSV text (RFC 4180 quoting) with `separator` into rows of
 * cells; a blank line is an empty row.
 */
export function parseCsv(text, separator = ';') {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows.map((r) => (r.length === 1 && r[0] === '' ? [] : r));
}

/**
 * A saved CSV download as German Excel reads it: checks the byte-order
 * mark and the CRLF line ends, and returns its rows.
 */
export async function readCsvDownload(path) {
  const bytes = await readFile(path);
  if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) throw new Error('CSV without a UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  if (text.replace(/\r\n/g, '').includes('\n')) throw new Error('CSV with a bare LF line end');
  return parseCsv(text);
}

/** The number in a CSV cell with a decimal comma. */
export const germanNumber = (cell) => Number(cell.replace(',', '.'));

/**
 * The cell right of `label` in the first row holding it after the title
 * row `title` (a result's label is its first cell, an input's its second).
 */
export function valueAfter(rows, title, label) {
  const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
  if (start < 0) throw new Error(`no block ${title}`);
  const row = rows.slice(start).find((r) => r.includes(label));
  if (!row) throw new Error(`no row ${label} in ${title}`);
  return row[row.indexOf(label) + 1];
}

/**
 * Recalculates a saved .xlsx download in LibreOffice and returns its
 * sheets by name, each as rows (values unformatted, '.' as the decimal
 * point).
 */
export async function recalculatedSheets(xlsxPath) {
  const dir = await mkdtemp(join(tmpdir(), 'efa-xlsx-e2e-'));
  await mkdir(join(dir, 'profile', 'user'), { recursive: true });
  await writeFile(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const book = join(dir, 'book.xlsx');
  await writeFile(book, await readFile(xlsxPath));
  const out = execFileSync('soffice', [
    `-env:UserInstallation=file://${join(dir, 'profile')}`,
    '--headless', '--calc', '--convert-to',
    'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1',
    '--outdir', dir, book,
  ], { encoding: 'utf8', timeout: 120_000 });
  const sheets = {};
  for (const m of out.matchAll(/Writing sheet (.+?) -> (.+\.csv)/g)) {
    sheets[m[1]] = parseCsv(await readFile(m[2], 'utf8'));
  }
  return sheets;
}
