import { readFileSync } from 'node:fs';
import { renderDocx, renderPdf } from '../corpus/render-documents.ts';
import { extractDocumentText } from '../../src/ingest/index.ts';
const f = process.argv[2]!;
const text = readFileSync(f, 'utf8');
const d = await extractDocumentText(await renderDocx(text), 'x.docx');
console.log(d.text.split('\n').slice(0, 60).map((l, i) => `${i + 1}: ${JSON.stringify(l)}`).join('\n'));
