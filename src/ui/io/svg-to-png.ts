/** Chromium's canvas limits: a side of 32,767 pixels and 268 million pixels in all. */
const MAX_SIDE = 32_767;
const MAX_AREA = 268_435_456;

/** CSS pixels in one of each unit a figure's size is written in (none: pixels). */
const PIXELS: Record<string, number> = { '': 1, px: 1, pt: 96 / 72, mm: 96 / 25.4, in: 96 };

/**
 * The outer size an SVG string declares in its `width` and `height` (the renderers write both),
 * in CSS pixels: a figure set for a page declares millimetres or inches.
 */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => {
    const m = new RegExp(`\\s${name}="([\\d.]+)(px|pt|mm|in)?"`).exec(open);
    return m ? Number(m[1]) * PIXELS[m[2] ?? '']! : 0;
  };
  return { width: attr('width'), height: attr('height') };
}

/** Whether the figure at this scale fits on a canvas. */
export function fitsCanvas(svg: string, scale: number): boolean {
  const { width, height } = svgSize(svg);
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  return w > 0 && h > 0 && w <= MAX_SIDE && h <= MAX_SIDE && w * h <= MAX_AREA;
}

/**
 * Draws an SVG string as a PNG at `scale` times its own size: the SVG is loaded into an image
 * from a Blob URL (the renderers' figures are standalone, so nothing else is fetched), drawn on
 * a canvas of the scaled size, and encoded. Rejects when the image cannot be drawn.
 */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
