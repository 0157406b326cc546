import type { ReportModel } from '../core/report/model.js';

/** The report model as indented JSON (its shape is `ReportModel` in src/core/report/model.ts). */
export function renderReportJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
