import { execFile } from 'node:child_process';
import { type MaturityReport, REPORT_SECTIONS } from '../../core/maturity/report';
import { reportPdf, winAnsi } from './report-pdf';

// pdfjs-dist is an ES module jest cannot load here: a plain Node process reads the PDFs and answers each page's text.
const READ_PAGES = `
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const out = [];
for (const base64 of JSON.parse(Buffer.concat(chunks).toString())) {
  const data = new Uint8Array(Buffer.from(base64, 'base64'));
  const pdf = await pdfjs.getDocument({ data, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str ?? '').join('\\n'));
  }
  out.push(pages);
}
process.stdout.write(JSON.stringify(out));
`;

/** Each PDF's pages as text, one line per text item. */
function pagesOf(pdfs: Buffer[]): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', READ_PAGES],
      { cwd: process.cwd(), maxBuffer: 1 << 26 },
      (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as string[][]))
    );
    child.stdin?.end(JSON.stringify(pdfs.map((b) => b.toString('base64'))));
  });
}
const pdfPages = async (pdf: Buffer) => (await pagesOf([pdf]))[0] ?? [];

const steps = (dimension: string, next: string, criteria: Array<{ stage: string; text: string }>) => ({
  dimension,
  next,
  heading: `${dimension}: next stage ${next}`,
  criteria,
  empty: null,
});

const report = (over: Partial<MaturityReport> = {}): MaturityReport => ({
  title: {
    heading: 'west: maturity 2026',
    unit: 'west',
    year: 2026,
    state: 'released',
    provisional: null,
    facts: [
      { label: 'Model', value: 'tiny v2' },
      { label: 'Released', value: '2026-12-02 by lee' },
    ],
    issued: '2026-12-02T09:30:00.000Z',
  },
  stages: {
    previousYear: 2025,
    rows: [
      { dimension: 'Data quality', stage: 'Repeatable', level: '2 of 3', previous: 'Ad hoc', change: '+1' },
      { dimension: 'Leadership', stage: 'None', level: '0 of 3', previous: 'Repeatable', change: '−2' },
    ],
  },
  nextSteps: [
    steps('Data quality', 'Optimised', [{ stage: 'Optimised', text: 'Figures are reconciled monthly' }]),
    steps('Leadership', 'Ad hoc', [{ stage: 'Ad hoc', text: 'A sponsor is named' }]),
  ],
  agreement: {
    overall: { label: 'All dimensions', alpha: '0.812', reading: 'Good' },
    byDimension: [{ label: 'Data quality', alpha: '—', reading: 'Not enough answers' }],
  },
  people: [{ name: 'ann', role: 'Assessor', answered: '4 of 4', settled: 0 }],
  evidence: [],
  settled: [],
  ...over,
});

const manySteps = Array.from({ length: 90 }, (_, i) => ({
  stage: 'Optimised',
  text: `Unmet criterion number ${i + 1}`,
}));

describe('reportPdf', () => {
  it('writes one A4 page with the header, the sections and the stages of a small report', async () => {
    const pages = await pdfPages(await reportPdf(report()));
    expect(pages).toHaveLength(1);
    const [page] = pages;
    for (const text of [
      'west · Maturity report 2026',
      'west: maturity 2026',
      'Data quality',
      'Leadership',
      'Repeatable',
      'Previous (2025)',
      '+1',
      '-2',
      'Data quality: next stage Optimised',
      '• Figures are reconciled monthly (Optimised)',
      '• A sponsor is named (Ad hoc)',
      'Not enough answers',
      'Page 1 of 1',
    ]) {
      expect(page?.split('\n')).toContain(text);
    }
    expect(page).not.toContain('Provisional');
  });

  it('spans pages with the header and "Page n of m" on each, the provisional mark too', async () => {
    const long = report({
      title: { ...report().title, provisional: 'Provisional: not released.' },
      nextSteps: [steps('Data quality', 'Optimised', manySteps)],
    });
    const pages = await pdfPages(await reportPdf(long));
    // 90 lines of about 15pt each fill more than two pages of about 700pt
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      const lines = page.split('\n');
      expect(lines).toContain('west · Maturity report 2026 · Provisional');
      expect(lines).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const all = pages.join('\n');
    manySteps.forEach((s) => expect(all).toContain(`${s.text} (Optimised)`));
    // the sections after the long list still come, in order
    expect(all.indexOf('Agreement between assessors')).toBeGreaterThan(all.indexOf('Unmet criterion number 90'));
    expect(all.indexOf('Settled disputes')).toBeGreaterThan(all.indexOf('Assessors and lead'));
  });

  it('never leaves a section heading as the last line of a page', async () => {
    // section headings, the dimension's heading, and the last cells of the tables' header rows
    const headings = [
      ...REPORT_SECTIONS.map((s) => s.heading),
      'Data quality: next stage Optimised',
      'Reading',
      'Settled',
    ];
    const counts = [20, 25, 30, 35, 40, 45, 50, 55, 60];
    const pdfs = await Promise.all(
      counts.map((n) => reportPdf(report({ nextSteps: [steps('Data quality', 'Optimised', manySteps.slice(0, n))] })))
    );
    for (const pages of await pagesOf(pdfs)) {
      for (const page of pages) {
        // the content lines, without the header and footer drawn after them
        const content = page
          .split('\n')
          .filter((l) => l.trim() !== '')
          .slice(0, -2);
        expect(headings).not.toContain(content[content.length - 1]);
      }
    }
  });

  it('gives equal bytes for an equal report', async () => {
    const [a, b] = await Promise.all([reportPdf(report()), reportPdf(report())]);
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('(D:20261202093000Z)');
  });

  it('spells out what the standard fonts cannot show', () => {
    expect(winAnsi('−1 ≥ 0.8 – café 日')).toBe('-1 >= 0.8 – café ?');
  });
});
