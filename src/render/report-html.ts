import type { KeyFigure, ReportModel } from '../core/report/model.js';
import { capitalise, formatDate } from './report-format.js';
import { sectionFigures } from './report-html-figures.js';
import { escapeHtml, htmlList, htmlTable } from './report-html-parts.js';
import { REPORT_CSS } from './report-html-style.js';
import { reportView, type SectionView } from './report-view.js';

/**
 * The report as one self-contained HTML page: inline CSS, charts as inline SVG, no scripts and nothing fetched,
 * every text escaped, and a print layout for A4.
 */
export function renderReportHtml(model: ReportModel): string {
  const sections = reportView(model)
    .map((section) => sectionHtml(section, sectionFigures(model, section.key)))
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="edumentor report">
<title>${escapeHtml(model.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div class="page">
<header class="masthead">
<h1>${escapeHtml(model.title)}</h1>
<p class="meta">${metaLine(model)}</p>
</header>
<main>
${tiles(model.keyFigures)}
${sections}
</main>
<footer><p>Made with edumentor from the sheets listed above. Every number can be traced to a row of those sheets.</p></footer>
</div>
</body>
</html>
`;
}

function metaLine(model: ReportModel): string {
  const parts: string[] = [];
  if (model.today) parts.push(`As of <time datetime="${escapeHtml(model.today)}">${escapeHtml(formatDate(model.today))}</time>`);
  parts.push(`Built from ${escapeHtml(model.sources.map((s) => `${s.input} (${s.rows} rows)`).join(', '))}`);
  const meta = parts.join(' · ');
  return model.redacted ? `${meta} <span class="badge">Names and e-mails replaced by pseudonyms</span>` : meta;
}

function tiles(figures: readonly KeyFigure[]): string {
  if (figures.length === 0) return '';
  const items = figures.map(
    (f) =>
      `<li class="tile ${f.tone}"><span class="tile-value">${escapeHtml(f.value)}</span>` +
      `<span class="tile-label">${escapeHtml(f.label)}</span><span class="tile-detail">${escapeHtml(f.detail)}</span></li>`,
  );
  return `<h2 class="visually-hidden" id="key-figures">Key figures</h2>\n<ul class="tiles" aria-labelledby="key-figures">\n${items.join('\n')}\n</ul>`;
}

function sectionHtml(section: SectionView, figures: readonly string[]): string {
  const heading = `<h2 id="h-${section.key}">${escapeHtml(section.title)}</h2>`;
  const open = `<section class="report-section" id="${section.key}" aria-labelledby="h-${section.key}">\n${heading}`;
  if (section.missing) return `${open}\n<p class="missing">${escapeHtml(capitalise(section.missing))}.</p>\n</section>`;
  const parts = [open];
  if (section.facts.length > 0) parts.push(`<p class="facts">${section.facts.map(escapeHtml).join(' ')}</p>`);
  parts.push(...section.lists.map(htmlList));
  if (figures.length > 0) parts.push(`<div class="charts">\n${figures.join('\n')}\n</div>`);
  if (section.tables.length > 0) parts.push(`<div class="tables">\n${section.tables.map(htmlTable).join('\n')}\n</div>`);
  parts.push('</section>');
  return parts.join('\n');
}
