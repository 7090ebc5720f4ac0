import '/tmp/lead/patch.mts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getResolvedPDFJS } from 'unpdf';
const dir = '/work/wt-lead/test/fixtures/office/layout';
const files = readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort().map((n) => new Uint8Array(readFileSync(join(dir, n))));
const pdfjs = await getResolvedPDFJS();
const worker = new pdfjs.PDFWorker({ verbosity: 0 });
const opts = (process.argv[2] ?? '').split(',').filter(Boolean);
const t = { open: 0, page: 0, text: 0, destroy: 0 }; let pages = 0;
async function one(bytes: Uint8Array, rec: boolean) {
  let a = performance.now();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: true, verbosity: 0, worker, disableFontFace: opts.includes('noface'), fontExtraProperties: false }).promise;
  let b = performance.now(); if (rec) t.open += b - a;
  for (let p = 1; p <= pdf.numPages; p++) {
    a = performance.now(); const page = await pdf.getPage(p); b = performance.now(); if (rec) t.page += b - a;
    const c = await page.getTextContent({ disableNormalization: opts.includes('nonorm') }); if (rec) { t.text += performance.now() - b; pages++; }
    page.cleanup();
  }
  a = performance.now(); await pdf.destroy(); if (rec) t.destroy += performance.now() - a;
}
for (let r = 0; r < 60; r++) for (const f of files) await one(f, false);
const R = 60;
for (let r = 0; r < R; r++) for (const f of files) await one(f, true);
const n = R * files.length;
console.log(opts.join('+') || 'default', 'pages/doc', (pages / n).toFixed(1), Object.entries(t).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join('  '), 'total', (Object.values(t).reduce((x, y) => x + y) / n).toFixed(2));
