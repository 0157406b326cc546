import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, vi } from 'vitest';
import { zipBytes } from '../bad-input/zip-writer.js';
import { memoryIO } from '../helpers/memory-io.js';

/** Helpers for the tests of a command's progress bar on a (fake) terminal. */

/** A memoryIO whose stderr is (or is not) an 80-column terminal. */
export function terminalIO(dir: string, isTTY: boolean): ReturnType<typeof memoryIO> {
  const io = memoryIO(dir);
  Object.assign(io.stderr, { isTTY, columns: 80 });
  return io;
}

/**
 * Makes `Date.now` (the bar's clock) move a second on at every reading, so that a bar is drawn at every report,
 * however fast the machine; undone by `vi.restoreAllMocks()`.
 */
export function fastClock(): void {
  let ms = 1_000_000;
  vi.spyOn(Date, 'now').mockImplementation(() => (ms += 1000));
}

const ERASE = '\x1b[K';

/** What was written after each carriage return: a bar (`text` + ERASE), or a wipe (ERASE) and what followed it. */
function afterReturns(stderr: string): string[] {
  return stderr.split('\r').slice(1);
}

function isBar(part: string): boolean {
  return !part.startsWith(ERASE) && part.includes(ERASE);
}

/** Each bar drawn (without the carriage return and the erase-to-end-of-line around it), in order. */
export function barsDrawn(stderr: string): string[] {
  return afterReturns(stderr)
    .filter(isBar)
    .map((part) => part.slice(0, part.indexOf(ERASE)));
}

/** The phases of the bars drawn (each bar without its bar and counts), each once, in the order first drawn. */
export function phasesDrawn(stderr: string): string[] {
  return [...new Set(barsDrawn(stderr).map((bar) => bar.replace(/ [█░].*$/, '')))];
}

/** Checks that every bar drawn was wiped (`\r` + ERASE) or redrawn before anything else was written. */
export function expectEveryBarCleared(stderr: string): void {
  const parts = afterReturns(stderr);
  const left = parts.filter((part, i) => isBar(part) && (!part.endsWith(ERASE) || i === parts.length - 1));
  expect(left, 'bars followed by other text, or left at the end').toEqual([]);
}

/** Checks that nothing a bar is made of was written: no carriage return, no bar characters, no escape codes. */
export function expectNoBar(stderr: string): void {
  for (const piece of ['\r', '█', '░', '\x1b']) expect(stderr).not.toContain(piece);
}

/** A match workbook whose Matches sheet goes wrong half-way through (a DOCTYPE, which no spreadsheet program writes). */
export async function damagedWorkbook(dir: string): Promise<string> {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  // Text that compresses badly, so that the sheet takes many pieces of the file to read.
  const notes = (i: number) => Array.from({ length: 30 }, (_, j) => ((i * 7919 + j * 104729) % 1_000_003).toString(36)).join(' ');
  const row = (i: number) => `<row r="${i + 2}">${cell(`A${i + 2}`, `p${i}`)}${cell(`B${i + 2}`, `m${i}@example.org`)}${cell(`C${i + 2}`, `e${i}@example.org`)}${cell(`D${i + 2}`, notes(i))}</row>`;
  const rows = Array.from({ length: 3000 }, (_, i) => row(i) + (i === 1500 ? '<!DOCTYPE damage>' : ''));
  const header = `<row r="1">${cell('A1', 'pair_id')}${cell('B1', 'mentor_email')}${cell('C1', 'mentee_email')}${cell('D1', 'notes')}</row>`;
  const file = path.join(dir, 'matches.xlsx');
  await writeFile(
    file,
    zipBytes([
      { name: 'xl/_rels/workbook.xml.rels', content: `<Relationships><Relationship Id="r1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
      { name: 'xl/workbook.xml', content: `<workbook xmlns="${main}" xmlns:r="${rels}"><sheets><sheet name="Matches" sheetId="1" r:id="r1"/></sheets></workbook>` },
      { name: 'xl/worksheets/sheet1.xml', content: `<worksheet xmlns="${main}"><sheetData>${header}${rows.join('')}</sheetData></worksheet>` },
    ]),
  );
  return file;
}
