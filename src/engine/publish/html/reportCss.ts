// The report's only stylesheet, inline: system fonts (no web fonts to fetch), tables that fit a page,
// and a print layout that keeps charts and tables whole and prints the band colours.

export const REPORT_CSS = `
:root { color: #1F1F1F; background: #FFFFFF; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.45; }
body { max-width: 1080px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { color: #003B5C; font-size: 1.8rem; margin: 0 0 4px; }
h2 { color: #003B5C; font-size: 1.35rem; border-bottom: 2px solid #003B5C; padding-bottom: 2px; margin-top: 2em; }
h3 { color: #003B5C; font-size: 1.1rem; margin: 1.4em 0 0.4em; }
.subtitle { color: #404040; margin: 0 0 0.6em; }
.headline { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
th { background: #D9E2F3; text-align: left; }
th, td { border: 1px solid #BFBFBF; padding: 4px 8px; vertical-align: top; }
td:first-child { white-space: nowrap; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.band { display: inline-block; padding: 1px 7px; border-radius: 3px; border: 1px solid #7F7F7F; font-size: 0.85rem; white-space: nowrap; }
.legend { line-height: 2; }
figure { margin: 0.8em 0; }
figcaption { color: #404040; font-size: 0.9rem; }
svg.chart { max-width: 100%; height: auto; font-family: inherit; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.note { color: #595959; font-style: italic; }
.callout { border-left: 4px solid #D55E00; padding: 4px 10px; background: #FBEFE6; }
tr.missing td { background: #FBEFE6; }
.provenance { margin-top: 2.5em; border-top: 1px solid #BFBFBF; padding-top: 8px; color: #404040; font-size: 0.85rem; }
small { color: #404040; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  table, figure, tr { break-inside: avoid; }
  .band, svg, .callout, tr.missing td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  @page { margin: 15mm; }
}
`;
