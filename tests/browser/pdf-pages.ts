// Reads a PDF as a reader would: its pages' text, and each page drawn to PNG (pdf.js with a Node canvas).
import fs from 'node:fs';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { docsScreenshotsOn } from './docsScreenshots';

const ARTIFACTS = path.resolve(__dirname, '../artifacts');
const DOCS_IMG = path.resolve(__dirname, '../../docs/img');
const FONTS = `${path.dirname(require.resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

export interface PdfPages {
  /** The text of each page, items joined by spaces. */
  texts: string[];
  /** Draws page n (1-based) to tests/artifacts/<name>.png, and to docs/img with DOCS_SCREENSHOTS=1. */
  savePng: (n: number, name: string) => Promise<void>;
  /** The colour [r, g, b] of page n's top-left corner, inside the page margin. */
  cornerColor: (n: number) => Promise<number[]>;
}

export async function readPdf(bytes: Buffer): Promise<PdfPages> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: FONTS }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const draw = async (n: number) => {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1.5 });
    const canvas = createCanvas(viewport.width, viewport.height);
    const context = canvas.getContext('2d');
    context.fillStyle = 'white';
    context.fillRect(0, 0, viewport.width, viewport.height);
    // pdf.js types the context as the DOM's; @napi-rs/canvas implements the same 2D API (and its .canvas)
    const canvasContext = context as unknown as CanvasRenderingContext2D;
    await page.render({ canvas: null, canvasContext, viewport }).promise;
    return { canvas, context };
  };
  const savePng = async (n: number, name: string) => {
    const png = (await draw(n)).canvas.toBuffer('image/png');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, `${name}.png`), png);
    if (docsScreenshotsOn()) {
      fs.mkdirSync(DOCS_IMG, { recursive: true });
      fs.writeFileSync(path.join(DOCS_IMG, `${name}.png`), png);
    }
  };
  const cornerColor = async (n: number) => [...(await draw(n)).context.getImageData(4, 4, 1, 1).data.slice(0, 3)];
  return { texts, savePng, cornerColor };
}
