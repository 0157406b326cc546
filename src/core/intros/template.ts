import { UsageError } from '../../errors.js';
import { editDistance } from '../normalise/closest.js';

/** A piece of a compiled template: text, a placeholder, or a part shown only when a value is (or is not) empty. */
type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'section'; name: string; inverted: boolean; body: TemplateNode[] };

/** A template checked against the placeholders it may use, ready to render. */
export interface IntroTemplate {
  nodes: TemplateNode[];
}

const TAG = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;

/**
 * Compiles a template: `{{name}}` is a value, `{{#name}}…{{/name}}` is shown when the value is not empty and
 * `{{^name}}…{{/name}}` when it is. Throws UsageError for a placeholder not in `known` (naming it, the closest known
 * one and every known one), a section left open or closed twice, and a `{{` without `}}`.
 */
export function compileTemplate(text: string, known: readonly string[], file?: string): IntroTemplate {
  const source = text.replace(/^\uFEFF/, '');
  const root: TemplateNode[] = [];
  const open: { name: string; line: number; body: TemplateNode[] }[] = [];
  const fail = (message: string): never => {
    throw new UsageError(`in the introduction template, ${message}`, { file });
  };
  const target = () => open[open.length - 1]?.body ?? root;
  let at = 0;
  for (const match of source.matchAll(TAG)) {
    const [whole, sigil = '', name = ''] = match;
    const index = match.index ?? 0;
    const line = lineOf(source, index);
    // A section tag alone on its line takes the line with it, so sections leave no blank lines behind.
    const alone = sigil !== '' ? standaloneLine(source, index, whole.length) : undefined;
    addText(target(), source.slice(at, Math.max(at, alone?.start ?? index)), lineOf(source, at), fail);
    at = alone?.end ?? index + whole.length;
    if (!known.includes(name)) fail(unknownMessage(name, line, known));
    if (sigil === '/') {
      const section = open.pop();
      if (section?.name !== name) fail(`{{/${name}}} on line ${line} closes ${section ? `{{#${section.name}}} (line ${section.line})` : 'no open section'}`);
    } else if (sigil === '#' || sigil === '^') {
      const body: TemplateNode[] = [];
      target().push({ kind: 'section', name, inverted: sigil === '^', body });
      open.push({ name, line, body });
    } else {
      target().push({ kind: 'value', name });
    }
  }
  addText(target(), source.slice(at), lineOf(source, at), fail);
  const unclosed = open.pop();
  if (unclosed) fail(`{{#${unclosed.name}}} on line ${unclosed.line} is never closed: add {{/${unclosed.name}}}`);
  return { nodes: root };
}

/** The template with every placeholder replaced by its value ('' when the values lack it). */
export function renderTemplate(template: IntroTemplate, values: Readonly<Record<string, string>>): string {
  return renderNodes(template.nodes, values);
}

function renderNodes(nodes: readonly TemplateNode[], values: Readonly<Record<string, string>>): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'value') out += values[node.name] ?? '';
    else if ((values[node.name] ?? '').trim() !== '' !== node.inverted) out += renderNodes(node.body, values);
  }
  return out;
}

function addText(into: TemplateNode[], text: string, line: number, fail: (message: string) => never): void {
  const stray = text.indexOf('{{');
  if (stray >= 0) fail(`the {{ on line ${line + countLines(text.slice(0, stray))} has no closing }}`);
  if (text !== '') into.push({ kind: 'text', text });
}

/** The line around a tag, when nothing but spaces shares it: where it starts and where the next line starts. */
function standaloneLine(source: string, index: number, length: number): { start: number; end: number } | undefined {
  const start = source.lastIndexOf('\n', index - 1) + 1;
  const newline = source.indexOf('\n', index + length);
  const end = newline < 0 ? source.length : newline + 1;
  const rest = source.slice(index + length, newline < 0 ? source.length : newline);
  return /^[ \t]*$/.test(source.slice(start, index)) && /^[ \t]*\r?$/.test(rest) ? { start, end } : undefined;
}

function unknownMessage(name: string, line: number, known: readonly string[]): string {
  const closest = [...known].sort((a, b) => editDistance(name, a) - editDistance(name, b))[0];
  const hint = closest !== undefined && editDistance(name, closest) <= 3 ? ` (did you mean {{${closest}}}?)` : '';
  return `unknown placeholder {{${name}}} on line ${line}${hint}; the known placeholders are ${known.map((k) => `{{${k}}}`).join(', ')}`;
}

function lineOf(text: string, index: number): number {
  return countLines(text.slice(0, index)) + 1;
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}
