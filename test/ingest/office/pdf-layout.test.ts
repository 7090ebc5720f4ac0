/**
 * PDF layout from positioned text items (as pdf.js reports them): columns, blank cells, page furniture and
 * hyphenated line ends, on small pages written here.
 */
import { describe, expect, it } from 'vitest';
import { joinHyphenated, layOutPdf, type PdfTextItem } from '../../../src/ingest/pdf-layout.ts';

const item = (str: string, x: number, y: number, size = 10): PdfTextItem => ({ str, x, y, width: str.length * size * 0.5, size });

describe('layOutPdf', () => {
  it('reads a two-column label/value table row by row, a blank value cell staying blank', () => {
    const page = [
      item('Role:', 50, 700),
      item('Evidence Review Officer', 200, 700),
      item('Post Ref:', 50, 670),
      item('Band:', 50, 640),
      item('Band E', 200, 640),
    ];
    const { text, tables } = layOutPdf([page]);
    expect(text.split('\n')).toEqual(['Role:\tEvidence Review Officer', 'Post Ref:', 'Band:\tBand E']);
    expect(tables.map((t) => [t.line, t.row, t.spanning])).toEqual([
      [1, 0, false],
      [2, 1, false],
      [3, 2, false],
    ]);
  });

  it('joins a cell wrapped over two lines and places a vertically centred mark in its row', () => {
    const page = [
      item('Criterion', 50, 700),
      item('Essential', 300, 700),
      item('Able to drive an automatic', 50, 670),
      item('X', 300, 664),
      item('minibus on a B licence', 50, 658),
    ];
    expect(layOutPdf([page]).text.split('\n')).toEqual(['Criterion\tEssential', 'Able to drive an automatic minibus on a B licence\tX']);
  });

  it('drops a header and a numbered footer repeated on every page, and keeps the body', () => {
    const page = (n: number, body: string): PdfTextItem[] => [item('OFFICIAL-SENSITIVE', 250, 800), item(body, 50, 700), item(`Ref JD/7 Page ${n} of 2`, 50, 40)];
    expect(layOutPdf([page(1, 'First page text.'), page(2, 'Second page text.')]).text.split('\n')).toEqual(['First page text.', 'Second page text.']);
  });

  it('joins a word hyphenated at a line end, across a page break too', () => {
    const one = [item('Staff should be self-', 50, 700), item('motivated and keep infor-', 50, 688), item('mation secure, and ensure', 50, 676), item('the team is well-', 50, 100)];
    const two = [item('organised at all times.', 50, 700)];
    expect(layOutPdf([one, two]).text).toBe('Staff should be self-motivated\nand keep information\nsecure, and ensure\nthe team is well-organised\nat all times.');
  });

  it('a line set larger than the body is a heading', () => {
    const page = [item('Main duties', 50, 720, 16), item('Keep the exhibit log.', 50, 690), item('Check seals.', 50, 660)];
    expect(layOutPdf([page]).text.split('\n')).toEqual(['## Main duties', 'Keep the exhibit log.', 'Check seals.']);
  });
});

describe('joinHyphenated', () => {
  const words = new Map([
    ['problem', 2],
    ['solving', 2],
    ['rota', 3],
  ]);
  it.each([
    ['open', 'minded', 'open-minded'],
    ['problem', 'solving', 'problem-solving'],
    ['infor', 'mation', 'information'],
    ['commu', 'nity', 'community'],
  ])('%s- / %s -> %s', (before, after, joined) => {
    expect(joinHyphenated(before, after, words)).toBe(joined);
  });
  it('keeps the hyphen when the document writes the compound with one elsewhere', () => {
    expect(joinHyphenated('shift', 'based', new Map([['shift-based', 1]]))).toBe('shift-based');
  });
});
