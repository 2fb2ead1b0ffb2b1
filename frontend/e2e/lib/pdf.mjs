// The generated PDFs as a reader sees them: page 1 rendered to PNG next to the screenshots
// (e2e-output/pdf/<name>.png, with the PDF itself beside it) and the text poppler reads out of them.
// poppler-utils (pdftoppm, pdftotext) is required: without it the spec fails, it never skips.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { SCREENSHOT_DIR } from './harness.mjs';

export const PDF_DIR = join(dirname(SCREENSHOT_DIR), 'pdf');
const PDFTOPPM = process.env.PDFTOPPM ?? 'pdftoppm';
const PDFTOTEXT = process.env.PDFTOTEXT ?? 'pdftotext';
/** A blank A4 page at 80 dpi is a few KB; a page with a heading, a table and text is tens of KB. */
export const MIN_PNG_BYTES = 20_000;

function poppler(tool, args) {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (e.code === 'ENOENT') {
      assert.fail(`${tool} is not installed: the e2e specs render and read the generated PDFs with poppler-utils `
        + '(apt-get install poppler-utils; .ci/run installs it).');
    }
    throw new Error(`${tool} ${args.join(' ')} failed: ${e.stderr || e.message}`, { cause: e });
  }
}

/** The text of a PDF (pdftotext, reading order), whitespace runs collapsed to one space. */
export function pdfText(buffer, name = `text-${Date.now()}`) {
  mkdirSync(PDF_DIR, { recursive: true });
  const file = join(PDF_DIR, `${name}.pdf`);
  writeFileSync(file, buffer);
  return poppler(PDFTOTEXT, ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' ').trim();
}

/**
 * Writes the PDF to e2e-output/pdf/<name>.pdf, renders its page 1 to <name>.png
 * (pdftoppm -png -r 80 -f 1 -l 1) and asserts the PNG is there and not a blank page.
 * Returns { pdf, png, pngBytes, text } (text as pdfText gives it).
 */
export function renderPdfPage(buffer, name) {
  assert.equal(Buffer.from(buffer).subarray(0, 5).toString('latin1'), '%PDF-', `${name}: not a PDF`);
  mkdirSync(PDF_DIR, { recursive: true });
  const pdf = join(PDF_DIR, `${name}.pdf`);
  writeFileSync(pdf, buffer);
  const prefix = join(PDF_DIR, name);
  poppler(PDFTOPPM, ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  const png = `${prefix}.png`;
  let pngBytes = 0;
  try {
    pngBytes = statSync(png).size;
  } catch {
    assert.fail(`${name}: pdftoppm wrote no ${png}`);
  }
  assert.ok(pngBytes >= MIN_PNG_BYTES, `${name}: page 1 rendered to ${pngBytes} bytes (< ${MIN_PNG_BYTES}): a blank page?`);
  return { pdf, png, pngBytes, text: pdfText(buffer, name) };
}

/** Asserts each string occurs in the PDF's text exactly as written (diacritics and all). */
export function assertPdfContains(text, label, ...expected) {
  for (const s of expected) {
    assert.ok(text.includes(s), `${label}: the PDF text lacks «${s}»; it reads:\n${text.slice(0, 3000)}`);
  }
}

/** A small valid one-page PDF (catalog, page, font, content stream, xref): a stand-in for a signed scan. */
export function smallPdf(line) {
  const ascii = line.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '\\$&');
  const stream = `BT /F1 18 Tf 72 760 Td (${ascii}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
