import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { main } from '../../src/cli/main';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Runs `action` and returns the file it makes the browser download. */
export async function download(page: Page, action: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

export async function exportMenu(page: Page, item: string): Promise<void> {
  await page.getByText('Export ▾').click();
  await page.getByRole('button', { name: item }).click();
}

export interface FigureChoice {
  drawing?:
    | 'Graph of boards'
    | 'Footprint map'
    | 'Baseline and scenario side by side'
    | 'Meeting load (bar chart)'
    | 'Who sits where (matrix)';
  boards?: 'touched' | 'all' | 'view' | 'selection' | 'region';
  region?: string;
  size?: 'Natural size' | 'A4 portrait' | 'A4 landscape' | '16:9 slide';
  duplication?: boolean;
  against?: 'Boards' | 'Themes';
  format: 'SVG (vector)' | 'PNG 1×' | 'PNG 2×' | 'PNG 3×' | 'PDF';
}

/** The figure dialog, filled in as `choice` says. */
export async function chooseFigure(page: Page, choice: Omit<FigureChoice, 'format'>) {
  await exportMenu(page, 'Figure (SVG, PNG or PDF)…');
  const dialog = page.getByRole('dialog', { name: 'Export a figure' });
  if (choice.drawing) await dialog.getByLabel(choice.drawing).check();
  if (choice.boards) await dialog.getByLabel('Boards', { exact: true }).selectOption(choice.boards);
  if (choice.region) await dialog.getByLabel('Police region').selectOption(choice.region);
  if (choice.against)
    await dialog.getByLabel('Organisations against').selectOption({ label: choice.against });
  if (choice.duplication) await dialog.getByLabel('Show possible duplication').check();
  if (choice.size) await dialog.getByLabel('Size').selectOption({ label: choice.size });
  return dialog;
}

/** The figure as the dialog downloads it, with the text alternative it offered. */
export async function exportFigure(page: Page, choice: FigureChoice) {
  const dialog = await chooseFigure(page, choice);
  await dialog.getByLabel(choice.format).check();
  const alt = await dialog.getByLabel(/Text alternative/).inputValue();
  const file = await download(page, () => dialog.getByRole('button', { name: 'Download' }).click());
  await dialog.waitFor({ state: 'hidden' });
  return { ...file, alt };
}

/** Width and height from a PNG's IHDR chunk. */
export const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});

/** What the command line prints for these arguments (it must succeed). */
export async function cli(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: () => {} });
  expect(code).toBe(0);
  return `${out.join('\n')}\n`;
}

/** The path of a command on this machine, or '' when it is not installed. */
export function tool(name: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** The words of a PDF as a reader would read them, lines run together. */
export const pdfText = (file: string): string =>
  // Its complaints about a CID character collection it lacks the data for are not ours.
  execFileSync(tool('pdftotext'), [file, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).replace(/\s+/g, ' ');

/**
 * An SVG figure as rsvg-convert renders it: its words (through an rsvg PDF and pdftotext) and,
 * decoded in the browser, how much of its PNG is not the white background and how many pixels
 * are dark (text).
 */
export async function renderWithRsvg(page: Page, svg: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'tirwedd-rsvg-'));
  const rsvg = tool('rsvg-convert');
  writeFileSync(join(dir, 'figure.svg'), svg);
  execFileSync(rsvg, ['-o', join(dir, 'figure.png'), join(dir, 'figure.svg')]);
  execFileSync(rsvg, ['-f', 'pdf', '-o', join(dir, 'figure.pdf'), join(dir, 'figure.svg')]);
  const png = readFileSync(join(dir, 'figure.png'));
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const ink = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(image, 0, 0);
    const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let coloured = 0;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i]! < 245 || px[i + 1]! < 245 || px[i + 2]! < 245) coloured++;
      if (px[i]! < 60 && px[i + 1]! < 60 && px[i + 2]! < 60) dark++;
    }
    return { coloured: coloured / (px.length / 4), dark, width: canvas.width };
  }, png.toString('base64'));
  expect(ink.width).toBe(pngSize(png).width);
  return { text: pdfText(join(dir, 'figure.pdf')), ink, png: pngSize(png) };
}
