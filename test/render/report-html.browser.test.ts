import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report/build.js';
import { renderReportHtml } from '../../src/render/report-html.js';
import { FIXTURE_TODAY, fixtureInput } from '../core/report/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const TITLE = HAS_CHROMIUM
  ? 'the HTML report in headless Chromium'
  : `the HTML report in headless Chromium (SKIPPED: ${CHROMIUM} not found; install it with apt-get install chromium)`;
const run = promisify(execFile);
const PROBE = 'edumentor-probe';

/** A test-only copy of the page: a script (the report itself has none) that records every chart's rendered size. */
function withMeasuringScript(html: string): string {
  const script = `<script>
console.log(${JSON.stringify(PROBE)});
const sizes = [...document.querySelectorAll('svg')].map((svg) => {
  const box = svg.getBoundingClientRect();
  return { id: svg.closest('figure')?.id ?? '', width: box.width, height: box.height };
});
const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
document.body.setAttribute('data-measured', JSON.stringify({ sizes, fetched, pageWidth: document.documentElement.scrollWidth }));
</script>`;
  return html.replace('</body>', `${script}\n</body>`);
}

describe.skipIf(!HAS_CHROMIUM)(TITLE, () => {
  let dir = '';
  const chromium = (...args: string[]) =>
    run(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--window-size=1200,2400',
        ...args,
      ],
      { timeout: 90_000, maxBuffer: 32 * 1024 * 1024 },
    );

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'edumentor-report-'));
    const html = renderReportHtml(buildReport(fixtureInput(), { today: FIXTURE_TODAY }));
    writeFileSync(join(dir, 'report.html'), html);
    writeFileSync(join(dir, 'measured.html'), withMeasuringScript(html));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a full-size screenshot', async () => {
    const png = join(dir, 'report.png');
    await chromium(`--screenshot=${png}`, `file://${join(dir, 'report.html')}`);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 2400]);
    expect(bytes.length).toBeGreaterThan(50_000);
  }, 120_000);

  it('prints to a PDF of several pages', async () => {
    const pdf = join(dir, 'report.pdf');
    await chromium('--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${join(dir, 'report.html')}`);
    const text = readFileSync(pdf, 'latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    expect(text.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('logs nothing to the console, fetches nothing, and draws every chart at a real size within the page', async () => {
    const { stdout, stderr } = await chromium('--enable-logging=stderr', '--v=0', '--dump-dom', `file://${join(dir, 'measured.html')}`);
    const consoleLines = stderr.split('\n').filter((line) => line.includes(':CONSOLE'));
    expect(consoleLines.some((line) => line.includes(PROBE))).toBe(true);
    expect(consoleLines.filter((line) => !line.includes(PROBE))).toEqual([]);
    const attribute = /data-measured="([^"]*)"/.exec(stdout)?.[1] ?? '';
    const measured = JSON.parse(attribute.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as {
      sizes: { id: string; width: number; height: number }[];
      fetched: string[];
      pageWidth: number;
    };
    expect(measured.fetched).toEqual([]);
    expect(measured.sizes.map((s) => s.id)).toEqual([
      'chart-role',
      'chart-stage',
      'chart-phase',
      'chart-region',
      'chart-supply',
      'chart-scores',
      'chart-criteria',
      'chart-weeks',
      'chart-fit',
    ]);
    for (const size of measured.sizes) {
      expect(size.width, size.id).toBeGreaterThan(200);
      expect(size.height, size.id).toBeGreaterThan(40);
    }
    expect(measured.pageWidth).toBeLessThanOrEqual(1200);
  }, 120_000);
});
