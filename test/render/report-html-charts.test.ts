import { describe, expect, it } from 'vitest';
import { barChart, columnChart, niceMax } from '../../src/render/report-html-charts.js';

/** Sizes of the data rectangles (each has a <title>; legend swatches do not). */
const bars = (svg: string) => [...svg.matchAll(/width="([\d.]+)" height="([\d.]+)" rx="2" fill="[^"]+"><title>/g)];
const widths = (svg: string) => bars(svg).map((m) => Number(m[1]));
const heights = (svg: string) => bars(svg).map((m) => Number(m[2]));

describe('niceMax', () => {
  it('rounds the axis up to whole tick steps', () => {
    expect([niceMax(0), niceMax(1), niceMax(5), niceMax(6), niceMax(17), niceMax(230)]).toEqual([1, 1, 6, 6, 20, 300]);
  });
});

describe('barChart', () => {
  it('draws bars in proportion to their values, with no bar for zero', () => {
    const svg = barChart({ id: 'c', title: 'T', series: [{ name: 'People', colour: '#000' }], rows: [{ label: 'a', values: [4] }, { label: 'b', values: [2] }, { label: 'c', values: [0] }] });
    const [a, b, ...rest] = widths(svg);
    expect(rest).toEqual([]);
    expect(a).toBeCloseTo(2 * (b ?? 0), 0);
  });

  it('stacks series end to end and names each part', () => {
    const svg = barChart({ id: 'c', title: 'T', series: [{ name: 'Mentors', colour: '#111' }, { name: 'Mentees', colour: '#222' }], rows: [{ label: 'x', values: [1, 3] }] });
    const [mentors, mentees] = widths(svg);
    expect(mentees).toBeCloseTo(3 * (mentors ?? 0), 0);
    expect(svg).toContain('<title>x, Mentees: 3</title>');
    expect(svg).toContain('aria-label="T. x: 1 Mentors, 3 Mentees"');
  });

  it('cuts a label too long for the space left of the bars, keeping it whole in the tooltip', () => {
    const label = 'Yorkshire and the Humber (region)';
    const svg = barChart({ id: 'c', title: 'T', series: [{ name: 'People', colour: '#000' }], rows: [{ label, values: [1] }] });
    expect(svg).toContain('>Yorkshire and the Hum…</text>');
    expect(svg).toContain(`<title>${label}, People: 1</title>`);
  });
});

describe('columnChart', () => {
  it('draws column heights in proportion and labels each column', () => {
    const svg = columnChart({ id: 'c', title: 'Scores', series: [{ name: 'Pairs', colour: '#000' }], rows: [{ label: '0–9', values: [1] }, { label: '10–19', values: [3] }] });
    const [low, high] = heights(svg);
    expect(high).toBeCloseTo(3 * (low ?? 0), 0);
    expect(svg).toContain('>10–19</text>');
  });
});
