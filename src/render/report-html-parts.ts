import { isNumericColumn, type ViewList, type ViewTable } from './report-view-parts.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML text and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Tables with more columns than this take the whole width of the page. */
const WIDE_TABLE = 4;

/** A view table as an HTML table with a caption; numeric columns right-aligned. */
export function htmlTable(table: ViewTable): string {
  const numeric = table.columns.map((_, i) => table.rows.length > 0 && isNumericColumn(table, i));
  const cls = (i: number) => (numeric[i] ? ' class="num"' : '');
  const head = table.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c)}</th>`).join('');
  const cell = (value: string | number, i: number) =>
    i === 0 ? `<th scope="row">${escapeHtml(String(value))}</th>` : `<td${cls(i)}>${escapeHtml(String(value))}</td>`;
  const body = table.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('\n');
  const note = table.note ? `\n<p class="note">${escapeHtml(table.note)}</p>` : '';
  return (
    `<div class="table-wrap${table.columns.length > WIDE_TABLE ? ' wide' : ''}"><table>\n<caption>${escapeHtml(table.caption)}</caption>\n` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>${note}</div>`
  );
}

/** A titled list of sentences. */
export function htmlList(list: ViewList): string {
  const items = list.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n');
  return `<div class="callout"><h3>${escapeHtml(list.title)}</h3>\n<ul>\n${items}\n</ul></div>`;
}
