import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { svgSize } from './svg-to-png';

/** Points in one CSS pixel. */
const POINTS = 72 / 96;
/** The face every figure declares, as its text was measured. */
const FACE = 'DejaVu Sans';

/** A font file from the app's own bundle, as the base64 jsPDF embeds. */
async function fontData(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the figure font could not be loaded (${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A one-page PDF of an SVG figure, the page the figure's own size (a preset's paper, or its
 * natural size at 96 pixels an inch), its text real text in the face it was laid out in
 * (DejaVu Sans, embedded), so it reads, searches and prints as the SVG does.
 */
export async function svgToPdf(svg: string): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const page = { width: width * POINTS, height: height * POINTS };
  const [regular, bold] = await Promise.all([fontData(regularUrl), fontData(boldUrl)]);
  const doc = new jsPDF({
    unit: 'pt',
    format: [page.width, page.height],
    orientation: page.width > page.height ? 'landscape' : 'portrait',
    compress: true,
  });
  doc.addFileToVFS('DejaVuSans.ttf', regular);
  doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
  doc.addFont('DejaVuSans.ttf', FACE, 'normal');
  doc.addFont('DejaVuSans-Bold.ttf', FACE, 'bold');
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  await svg2pdf(element, doc, { x: 0, y: 0, width: page.width, height: page.height });
  return doc.output('blob');
}
