import { escapeHtml } from './report-html-parts.js';

/** One coloured series of a chart. */
export interface ChartSeries {
  name: string;
  colour: string;
}

/** One bar (or column): a label and a value per series. */
export interface ChartRow {
  label: string;
  values: number[];
}

/** What a chart shows; `id` makes its title and description addressable. */
export interface ChartSpec {
  id: string;
  title: string;
  series: ChartSeries[];
  rows: ChartRow[];
  /** Series side by side (bars only) instead of stacked. */
  grouped?: boolean;
  /** Drawing width in SVG units: 480 fits half a page at about its natural size, 800 a whole one. */
  width?: number;
}

const NARROW = 480;
const LABEL_WIDTH = 170;
/** The longest bar label that fits left of the bars at 12 units (about 7 units a character); longer ones are cut. */
const LABEL_CHARS = 22;
const INK = '#3e4c59';
const AXIS = '#7b8794';
const GRID = '#e4e7eb';

/** A horizontal bar chart as inline SVG with a title, a description of its data, and a legend when it has several series. */
export function barChart(spec: ChartSpec): string {
  const band = spec.grouped ? 11 * spec.series.length + 10 : 24;
  const top = legendHeight(spec);
  const width = spec.width ?? NARROW;
  const plot = width - LABEL_WIDTH - 40;
  const longest = (r: ChartRow) => (spec.grouped ? Math.max(...r.values) : sum(r.values));
  const max = niceMax(Math.max(0, ...spec.rows.map(longest)));
  const height = top + spec.rows.length * band + 26;
  const x = (value: number) => LABEL_WIDTH + (value / max) * plot;
  const bars = spec.rows.map((row, r) => {
    const y = top + r * band;
    const parts: string[] = [text(LABEL_WIDTH - 8, y + band / 2 + 4, cut(row.label, LABEL_CHARS), 'text-anchor="end" font-size="12"')];
    let offset = 0;
    row.values.forEach((value, s) => {
      const start = spec.grouped ? 0 : offset;
      offset += value;
      const barY = spec.grouped ? y + 5 + s * 11 : y + 4;
      if (value > 0) parts.push(rect(x(start), barY, x(start + value) - x(start), spec.grouped ? 10 : band - 8, spec, row, s));
      if (spec.grouped) parts.push(text(x(value) + 5, barY + 9, String(value), 'font-size="11"'));
    });
    if (!spec.grouped) parts.push(text(x(offset) + 6, y + band / 2 + 4, String(offset), 'font-size="12"'));
    return parts.join('');
  });
  const grid = ticks(max).map(
    (t) =>
      `<line x1="${round(x(t))}" x2="${round(x(t))}" y1="${top - 4}" y2="${height - 22}" stroke="${GRID}"/>` +
      text(x(t), height - 8, String(t), `text-anchor="middle" font-size="11" fill="${AXIS}"`),
  );
  return svg(spec, width, height, [...grid, legend(spec), ...bars].join('\n'));
}

/** A vertical column chart (stacked when it has several series) as inline SVG, for histograms and weeks. */
export function columnChart(spec: ChartSpec): string {
  const top = legendHeight(spec) + 14;
  const left = 40;
  const plotHeight = 170;
  const width = spec.width ?? NARROW;
  const height = top + plotHeight + 40;
  const max = niceMax(Math.max(0, ...spec.rows.map((r) => sum(r.values))));
  const slot = (width - left - 10) / Math.max(1, spec.rows.length);
  const y = (value: number) => top + plotHeight - (value / max) * plotHeight;
  // Label every column while they fit, else every second or third, so labels never overlap.
  const labelEvery = Math.ceil(spec.rows.length / 14);
  const columns = spec.rows.map((row, r) => {
    const columnX = left + r * slot + slot * 0.15;
    const middle = columnX + slot * 0.35;
    const parts: string[] = [];
    let base = 0;
    row.values.forEach((value, s) => {
      if (value > 0) parts.push(rect(columnX, y(base + value), slot * 0.7, y(base) - y(base + value), spec, row, s));
      base += value;
    });
    if (base > 0 && spec.rows.length <= 26) parts.push(text(middle, y(base) - 4, String(base), 'text-anchor="middle" font-size="11"'));
    if (r % labelEvery === 0) parts.push(text(middle, top + plotHeight + 16, row.label, 'text-anchor="middle" font-size="11"'));
    return parts.join('');
  });
  const grid = ticks(max).map(
    (t) =>
      `<line x1="${left}" x2="${width - 10}" y1="${round(y(t))}" y2="${round(y(t))}" stroke="${GRID}"/>` +
      text(left - 6, y(t) + 4, String(t), `text-anchor="end" font-size="11" fill="${AXIS}"`),
  );
  return svg(spec, width, height, [...grid, legend(spec), ...columns].join('\n'));
}

/** An SVG text element; `attributes` are trusted markup, `content` is escaped. */
function text(x: number, y: number, content: string, attributes: string): string {
  const fill = attributes.includes('fill=') ? '' : ` fill="${INK}"`;
  return `<text x="${round(x)}" y="${round(y)}" ${attributes}${fill}>${escapeHtml(content)}</text>`;
}

function svg(spec: ChartSpec, width: number, height: number, body: string): string {
  const several = spec.series.length > 1;
  const describe = (r: ChartRow) => spec.series.map((s, i) => `${r.values[i] ?? 0}${several ? ` ${s.name}` : ''}`).join(', ');
  const description = spec.rows.map((r) => `${r.label}: ${describe(r)}`).join('; ');
  const size = `viewBox="0 0 ${width} ${Math.ceil(height)}" width="${width}" height="${Math.ceil(height)}"`;
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(`${spec.title}. ${description}`)}" ${size} ` +
    `xmlns="http://www.w3.org/2000/svg" font-family="inherit">\n` +
    `<title>${escapeHtml(spec.title)}</title>\n<desc>${escapeHtml(description)}</desc>\n${body}\n</svg>`
  );
}

function legendHeight(spec: ChartSpec): number {
  return spec.series.length > 1 ? 28 : 6;
}

function legend(spec: ChartSpec): string {
  if (spec.series.length < 2) return '';
  let x = LABEL_WIDTH / 4;
  return spec.series
    .map((s) => {
      const item = `<rect x="${x}" y="6" width="12" height="12" rx="2" fill="${s.colour}"/>${text(x + 18, 16, s.name, 'font-size="12"')}`;
      x += 36 + s.name.length * 7;
      return item;
    })
    .join('');
}

/** One bar or column part, with a tooltip naming its row, series and value. */
function rect(x: number, y: number, width: number, height: number, spec: ChartSpec, row: ChartRow, s: number): string {
  const series = spec.series[s];
  const title = escapeHtml(`${row.label}, ${series?.name ?? ''}: ${row.values[s] ?? 0}`);
  const box = `x="${round(x)}" y="${round(y)}" width="${round(Math.max(width, 1))}" height="${round(height)}"`;
  return `<rect ${box} rx="2" fill="${series?.colour ?? AXIS}"><title>${title}</title></rect>`;
}

/** The axis end: the value rounded up to a whole number of tick steps (at least 1). */
export function niceMax(value: number): number {
  const step = tickStep(value);
  return Math.max(1, Math.ceil(value / step) * step);
}

/** A whole step of 1, 2 or 5 × 10ⁿ that cuts 0–max into about four parts. */
function tickStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  return Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power);
}

function ticks(max: number): number[] {
  const step = tickStep(max);
  const out: number[] = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
