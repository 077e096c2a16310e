import PDFDocument from 'pdfkit';
import {
  AGREEMENT_LEGEND,
  type MaturityReport,
  REPORT_SECTIONS,
  type ReportSectionKey,
} from '../../core/maturity/report';

type Doc = PDFKit.PDFDocument;
type Columns = Array<[header: string, share: number]>;

const MARGIN = { top: 72, bottom: 64, left: 56, right: 56 };
const PAD = 4;
const GREY = '#555555';
const RULE = '#999999';
const SHADE = '#eeeeee';

// The standard fonts encode WinAnsi only: spell out the few signs the report uses beyond it, mark the rest.
const SPELLED: Record<string, string> = { '−': '-', '≥': '>=', '≤': '<=', '→': '->' };
const WIN_ANSI_EXTRA = new Set('ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™Œœ˜ŠšŸŽž');
export const winAnsi = (text: string): string =>
  [...text.normalize('NFC')]
    .map((ch) => SPELLED[ch] ?? (ch.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.has(ch) ? ch : '?'))
    .join('');

/**
 * Writes the report top down. Headings wait for the content after them and move to the next page with it,
 * so none ends a page; table rows never split and a table's header repeats on each page.
 */
class Writer {
  private pending: Array<{ text: string; size: number }> = [];

  constructor(readonly doc: Doc) {}

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private fits(height: number): boolean {
    return this.doc.y + height <= this.doc.page.height - this.doc.page.margins.bottom;
  }

  private headingsHeight(): number {
    return this.pending.reduce((sum, h) => {
      this.doc.font('Helvetica-Bold').fontSize(h.size);
      return sum + this.doc.currentLineHeight(true) * 0.9 + this.doc.heightOfString(h.text, { width: this.width });
    }, 0);
  }

  /** Room for `height` below the waiting headings: a new page unless it fits (or the page is still empty). */
  private place(height: number): void {
    if (!this.fits(this.headingsHeight() + height) && this.doc.y > this.doc.page.margins.top) {
      this.doc.addPage();
    }
    for (const h of this.pending) {
      this.doc.font('Helvetica-Bold').fontSize(h.size).fillColor('black');
      this.doc.moveDown(0.6).text(h.text, this.left, this.doc.y, { width: this.width }).moveDown(0.3);
    }
    this.pending = [];
  }

  heading(text: string, size = 14): void {
    this.pending.push({ text: winAnsi(text), size });
  }

  title(text: string): void {
    this.doc.font('Helvetica-Bold').fontSize(22).fillColor('black').text(winAnsi(text)).moveDown(0.3);
  }

  paragraph(text: string, options: { bold?: boolean; color?: string } = {}): void {
    const t = winAnsi(text);
    const font = () => this.doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    font();
    this.place(this.doc.heightOfString(t, { width: this.width }));
    font().fillColor(options.color ?? 'black');
    this.doc.text(t, this.left, this.doc.y, { width: this.width }).moveDown(0.3);
  }

  table(columns: Columns, rows: string[][]): void {
    const widths = columns.map(([, share]) => share * this.width);
    const head = columns.map(([header]) => winAnsi(header));
    const body = rows.map((cells) => cells.map(winAnsi));
    const headHeight = this.rowHeight(widths, head, true);
    this.place(headHeight + (body[0] === undefined ? 0 : this.rowHeight(widths, body[0], false)));
    this.row(widths, head, true, headHeight);
    for (const cells of body) {
      const height = this.rowHeight(widths, cells, false);
      if (!this.fits(height)) {
        this.doc.addPage();
        this.row(widths, head, true, headHeight);
      }
      this.row(widths, cells, false, height);
    }
    this.doc.moveDown(0.5);
  }

  private rowHeight(widths: number[], cells: string[], header: boolean): number {
    this.doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const heights = cells.map((t, i) => this.doc.heightOfString(t, { width: (widths[i] ?? 0) - 2 * PAD }));
    return Math.max(...heights) + 2 * PAD;
  }

  private row(widths: number[], cells: string[], header: boolean, height: number): void {
    const { doc, left } = this;
    const top = doc.y;
    const width = widths.reduce((a, b) => a + b, 0);
    if (header) {
      doc.rect(left, top, width, height).fill(SHADE);
    }
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc
      .font(header ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9)
      .fillColor('black');
    let x = left;
    cells.forEach((t, i) => {
      const w = widths[i] ?? 0;
      doc.text(t, x + PAD, top + PAD, { width: w - 2 * PAD });
      x += w;
    });
    doc.x = left;
    doc.y = top + height;
  }
}

function nextSteps(w: Writer, report: MaturityReport): void {
  for (const step of report.nextSteps) {
    w.heading(step.heading, 11);
    if (step.empty !== null) {
      w.paragraph(step.empty, { color: GREY });
    }
    step.criteria.forEach((c) => w.paragraph(`• ${c.text} (${c.stage})`));
  }
}

const SECTIONS: Record<ReportSectionKey, (w: Writer, report: MaturityReport) => void> = {
  stages: (w, { stages }) => {
    const previous = stages.previousYear === null ? 'Previous' : `Previous (${stages.previousYear})`;
    const columns: Columns = [
      ['Dimension', 0.34],
      ['Stage', 0.22],
      ['Level', 0.12],
      [previous, 0.2],
      ['Change', 0.12],
    ];
    w.table(
      columns,
      stages.rows.map((r) => [r.dimension, r.stage, r.level, r.previous, r.change])
    );
  },
  nextSteps,
  agreement: (w, { agreement }) => {
    w.paragraph(AGREEMENT_LEGEND, { color: GREY });
    const rows = [agreement.overall, ...agreement.byDimension].map((a) => [a.label, a.alpha, a.reading]);
    w.table(
      [
        ['Scope', 0.5],
        ['Alpha', 0.2],
        ['Reading', 0.3],
      ],
      rows
    );
  },
  people: (w, { people }) => {
    const columns: Columns = [
      ['Name', 0.34],
      ['Role', 0.26],
      ['Criteria answered', 0.2],
      ['Settled', 0.2],
    ];
    w.table(
      columns,
      people.map((p) => [p.name, p.role, p.answered, String(p.settled)])
    );
  },
  evidence: (w, { evidence }) => {
    if (evidence.length === 0) {
      w.paragraph('No criterion of this model is answered from the registry.', { color: GREY });
      return;
    }
    const columns: Columns = [
      ['Dimension', 0.16],
      ['Criterion', 0.3],
      ['Figure', 0.3],
      ['Registry', 0.12],
      ['Consensus', 0.12],
    ];
    w.table(
      columns,
      evidence.map((e) => [e.dimension, e.text, e.figure, e.evidence, e.consensus])
    );
  },
  settled: (w, { settled }) => {
    if (settled.length === 0) {
      w.paragraph('No dispute needed settling.', { color: GREY });
      return;
    }
    const columns: Columns = [
      ['Dimension', 0.16],
      ['Criterion', 0.3],
      ['Answer', 0.12],
      ['Note', 0.28],
      ['By', 0.14],
    ];
    w.table(
      columns,
      settled.map((s) => [s.dimension, s.text, s.answer, s.note, s.by])
    );
  },
};

/** Header (unit and year) and footer (page n of m) on every buffered page, drawn inside the margins' space. */
function frame(doc: Doc, report: MaturityReport): void {
  const { start, count } = doc.bufferedPageRange();
  const { unit, year, provisional } = report.title;
  const header = winAnsi(`${unit} · Maturity report ${year}${provisional === null ? '' : ' · Provisional'}`);
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { left, right, bottom } = doc.page.margins;
    const width = doc.page.width - left - right;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(9).fillColor(GREY);
    doc.text(header, left, MARGIN.top / 2, { width, lineBreak: false });
    doc.text(`Page ${i - start + 1} of ${count}`, left, doc.page.height - bottom / 2, {
      width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** The report as an A4 PDF; equal reports give equal bytes (the creation date is the report's own). */
export function reportPdf(report: MaturityReport): Promise<Buffer> {
  const issued = new Date(report.title.issued);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: winAnsi(report.title.heading),
      Subject: 'Maturity report',
      Creator: 'Scorecard suite',
      Producer: 'Scorecard suite',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w = new Writer(doc);
  w.title(report.title.heading);
  if (report.title.provisional !== null) {
    w.paragraph(report.title.provisional, { bold: true });
  }
  report.title.facts.forEach((f) => w.paragraph(`${f.label}: ${f.value}`));
  for (const section of REPORT_SECTIONS) {
    w.heading(section.heading);
    SECTIONS[section.key](w, report);
  }
  frame(doc, report);
  doc.end();
  return done;
}
