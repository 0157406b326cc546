/** Colours shared by the stylesheet and the charts: calm, distinguishable, readable on white and in greyscale print. */
export const PALETTE = {
  ink: '#1f2933',
  muted: '#52606d',
  rule: '#e4e7eb',
  accent: '#24527a',
  mentors: '#2a7f62',
  mentees: '#3d6fb6',
  places: '#2a7f62',
  waiting: '#d08c2b',
  score: '#3d6fb6',
  held: '#2a7f62',
  scheduled: '#8fb3de',
  overdue: '#c2553f',
  moved: '#e0b35a',
  cancelled: '#b8c0c8',
  other: '#8e7cc3',
  good: '#2a7f62',
  bad: '#c2553f',
} as const;

/** The report's whole stylesheet: system fonts only, a print layout for A4, nothing loaded from anywhere. */
export const REPORT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #f5f7fa; color: ${PALETTE.ink};
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1080px; margin: 0 auto; padding: 32px 28px 48px; }
header.masthead { border-bottom: 3px solid ${PALETTE.accent}; padding-bottom: 14px; margin-bottom: 24px; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 6px; color: ${PALETTE.accent}; letter-spacing: -0.01em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.meta { margin: 0; color: ${PALETTE.muted}; font-size: 0.9rem; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; background: #e6eef6; color: ${PALETTE.accent}; font-size: 0.8rem; font-weight: 600; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 14px; margin: 0 0 28px; padding: 0; list-style: none; }
.tile { background: #fff; border: 1px solid ${PALETTE.rule}; border-left: 5px solid ${PALETTE.accent}; border-radius: 8px; padding: 14px 16px; }
.tile.good { border-left-color: ${PALETTE.good}; }
.tile.bad { border-left-color: ${PALETTE.bad}; }
.tile-value { display: block; font-size: 2rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.tile.bad .tile-value { color: ${PALETTE.bad}; }
.tile-label { display: block; font-weight: 600; margin-top: 4px; }
.tile-detail { display: block; color: ${PALETTE.muted}; font-size: 0.875rem; }
section.report-section { background: #fff; border: 1px solid ${PALETTE.rule}; border-radius: 10px; padding: 20px 24px 8px; margin: 0 0 22px; }
h2 { font-size: 1.4rem; margin: 0 0 10px; color: ${PALETTE.accent}; }
h3 { font-size: 1rem; margin: 0 0 6px; }
.facts { margin: 0 0 16px; max-width: 72ch; }
.missing { color: ${PALETTE.muted}; font-style: italic; }
.charts, .tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 440px), 1fr)); gap: 18px 28px; margin-bottom: 16px; }
figure.wide, .table-wrap.wide { grid-column: 1 / -1; }
figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; font-size: 0.95rem; margin-bottom: 4px; }
svg.chart { display: block; max-width: 100%; height: auto; }
.callout { background: #fdf6ea; border-left: 4px solid ${PALETTE.waiting}; border-radius: 6px; padding: 10px 16px; margin: 0 0 16px; break-inside: avoid; }
.callout ul { margin: 0; padding-left: 1.2em; }
.table-wrap { max-width: 100%; overflow-x: auto; margin-bottom: 14px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 6px; }
th, td { padding: 5px 10px; border-bottom: 1px solid ${PALETTE.rule}; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #cbd2d9; color: ${PALETTE.muted}; font-weight: 600; }
tbody th { font-weight: 400; }
tbody tr:nth-child(even) { background: #f8fafc; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td, tbody th { overflow-wrap: break-word; }
.note { color: ${PALETTE.muted}; font-size: 0.85rem; margin: 4px 0 0; }
footer { color: ${PALETTE.muted}; font-size: 0.8rem; margin-top: 24px; }
@media (max-width: 600px) { .page { padding: 16px 12px; } section.report-section { padding: 14px 14px 4px; } }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .tiles { grid-template-columns: repeat(3, 1fr); gap: 8px; }
  .tile, section.report-section { border-color: #cbd2d9; box-shadow: none; }
  section.report-section { padding: 0; border: 0; margin-bottom: 14px; }
  h2 { break-after: avoid; page-break-after: avoid; border-bottom: 1px solid #cbd2d9; padding-bottom: 2px; }
  figure, .callout, tr, .tile { break-inside: avoid; page-break-inside: avoid; }
  .charts, .tables { grid-template-columns: 1fr 1fr; }
  .table-wrap { overflow: visible; break-inside: avoid; page-break-inside: avoid; }
  th, td { padding: 3px 6px; }
  thead { display: table-header-group; }
  svg.chart, img, table { max-width: 100%; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
