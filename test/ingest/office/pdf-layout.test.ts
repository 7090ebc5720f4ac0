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

describe('layOutPdf: cells pdf.js gives as one item, and headers centred over their columns', () => {
  // item() sets every character 5 points wide at size 10, so a word boundary's x is exact here.
  it('reads a tick table as one table: a centred header whose two cells came as one item, and ticks in a column the rows above leave empty', () => {
    const page = [
      item('Criteria', 150, 700),
      item('Essential Desirable', 300, 700),
      item('Able to drive', 50, 670),
      item('X', 302, 670),
      item('Able to swim', 50, 640),
      item('X', 302, 640),
      item('Speaks Welsh', 50, 610),
      item('X', 352, 610),
      item('Knows first aid', 50, 580),
      item('X', 352, 580),
    ];
    const { text, tables } = layOutPdf([page]);
    expect(text.split('\n')).toEqual(['Criteria\tEssential\tDesirable', 'Able to drive\tX', 'Able to swim\tX', 'Speaks Welsh\t\tX', 'Knows first aid\t\tX']);
    expect(tables.map((t) => [t.table, t.row, t.columns])).toEqual([0, 1, 2, 3, 4].map((row) => [0, row, 3]));
  });

  it('splits a first and a last row that came as one item at the column the other rows share', () => {
    const page = [
      item('Behaviour', 80, 700),
      item('Level', 205, 700),
      item('We take ownership of our work Level 1', 50, 670),
      item('We collaborate', 50, 640),
      item('Level 2', 200, 640),
      item('We analyse critically', 50, 610),
      item('Level 1', 200, 610),
      item('We are emotionally aware, too Level 2', 50, 580),
    ];
    expect(layOutPdf([page]).text.split('\n')).toEqual([
      'Behaviour\tLevel',
      'We take ownership of our work\tLevel 1',
      'We collaborate\tLevel 2',
      'We analyse critically\tLevel 1',
      'We are emotionally aware, too\tLevel 2',
    ]);
  });

  it('leaves a note under a table whole, though it runs over a column start at a word boundary', () => {
    const page = [
      item('We collaborate', 50, 700),
      item('Level 2', 200, 700),
      item('We analyse critically', 50, 670),
      item('Level 1', 200, 670),
      item('Levels are those of the framework in use at the time of the post.', 50, 640),
    ];
    expect(layOutPdf([page]).text.split('\n')[2]).toBe('Levels are those of the framework in use at the time of the post.');
  });

  it('keeps rows whose second cells start at different places as they were, with no empty cells between', () => {
    const page = [item('Staff type', 50, 700), item('Police staff', 120, 700), item('Responsible to', 50, 670), item('Detective Sergeant', 160, 670)];
    expect(layOutPdf([page]).text.split('\n')).toEqual(['Staff type\tPolice staff', 'Responsible to\tDetective Sergeant']);
  });
});

describe('layOutPdf: a paragraph of pasted fields wrapped by the page', () => {
  const wrapped = (lines: string[]): PdfTextItem[] => lines.map((line, i) => ({ str: line, x: 50, y: 700 - 12 * i, width: 480, size: 10 }));
  it('is one line again when it holds labelled fields, so a label broken by the wrap is whole', () => {
    const lines = [
      'Please read the guidance first. 1. POST DETAILS: Post Title: Exhibits Officer Grade: Scale 3',
      'Department: Property Store Line Manager: Property Supervisor Weekly Hours: 37 Vetting',
      'Level: RV Post Reference: EX-0071 2. PURPOSE OF THE POST: To receive, store and release property',
      'seized by officers, so that every exhibit can be traced from seizure to disposal at any time.',
    ];
    expect(layOutPdf([wrapped(lines)]).text).toBe(lines.join(' '));
  });
  it('keeps its lines when it is prose without fields', () => {
    const lines = [
      'The post holder receives, stores and releases property seized by officers across the county, so that',
      'every exhibit can be traced from the moment it is seized to the day it is returned or destroyed, and',
      'keeps the store clean, safe and orderly for the staff and officers who use it during the day.',
    ];
    expect(layOutPdf([wrapped(lines)]).text.split('\n')).toEqual(lines);
  });
});
