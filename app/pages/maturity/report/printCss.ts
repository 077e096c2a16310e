/**
 * While the report is on screen, printing shows only it: everything else hidden, the scrolling containers of
 * Grafana's layout unclipped so the report flows over pages, black on white whatever the theme.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html, body, body :has([data-report]) {
    height: auto !important; min-height: 0 !important; max-height: none !important;
    overflow: visible !important; position: static !important; transform: none !important;
  }
  :root { color-scheme: light !important; }
  html, body { background: white !important; }
  body * { visibility: hidden; }
  [data-report], [data-report] * { visibility: visible; }
  [data-report] {
    position: absolute !important; left: 0; top: 0; width: 100%; margin: 0 !important; padding: 0 !important;
    border: none !important; box-shadow: none !important; background: white !important; color: black !important;
  }
  [data-report] * { color: black !important; background: transparent !important; border-color: #999 !important; }
  [data-report] th { background: #eee !important; }
  [data-report] * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  [data-report] h1, [data-report] h2, [data-report] h3 { break-after: avoid; page-break-after: avoid; }
  [data-report] tr, [data-report] li, [data-report] dl { break-inside: avoid; page-break-inside: avoid; }
  [data-report] thead { display: table-header-group; }
}
`;
