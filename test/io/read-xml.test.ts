import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlScanner, type XmlHandler } from '../../src/io/read-xml.js';
import { decodeEntities } from '../../src/io/read-xml-bytes.js';

/** Everything a scanner reports, as a list: `<name a=v>`, `</name>`, and text (joined while it runs on). */
function events(document: Buffer, cuts: readonly number[] = [], attributes: readonly string[] = ['a', 'b']): string[] {
  const seen: string[] = [];
  const handler: XmlHandler = {
    open: (name, tag) => seen.push(`<${name}${attributes.map((a) => ` ${a}=${tag.attribute(a) ?? '-'}`).join('')}>`),
    close: (name) => seen.push(`</${name}>`),
    text: (text) => {
      if (seen.at(-1)?.startsWith('"')) seen.push(`"${(seen.pop() ?? '').slice(1, -1)}${text}"`);
      else seen.push(`"${text}"`);
    },
    wantsText: () => true,
  };
  const scanner = new XmlScanner(handler);
  let start = 0;
  for (const end of [...[...new Set(cuts)].filter((c) => c < document.length).sort((x, y) => x - y), document.length]) {
    scanner.write(document.subarray(start, end));
    start = end;
  }
  scanner.end();
  return seen;
}

const xml = (text: string) => Buffer.from(text, 'utf8');

describe('XmlScanner', () => {
  it('reports elements with local names, decoded attributes and text, skipping declarations and comments', () => {
    const document = xml(
      `<?xml version="1.0"?><x:root xmlns:x="urn:x" a='1 &gt; 0' b="&quot;q&quot;"><!-- note --><v>a &amp; b &#233;&#x1F600;</v>` +
        `<t><![CDATA[<raw> & ]]></t><e b="x>y"/></x:root>`,
    );
    expect(events(document)).toEqual([
      '<root a=1 > 0 b="q">',
      '<v a=- b=->',
      '"a & b é😀"',
      '</v>',
      '<t a=- b=->',
      '"<raw> & "',
      '</t>',
      '<e a=- b=x>y>',
      '</e>',
      '</root>',
    ]);
  });

  it('hands over only the text its handler wants', () => {
    const texts: string[] = [];
    let inside = false;
    const scanner = new XmlScanner({
      open: (name) => (inside = name === 'v'),
      close: () => (inside = false),
      text: (text) => texts.push(text),
      wantsText: () => inside,
    });
    scanner.write(xml('<r> <v>1</v> \n <v>2</v></r>'));
    expect(texts).toEqual(['1', '2']);
  });

  it('refuses a DOCTYPE (no entity can expand) and a document cut inside a tag', () => {
    expect(() => events(xml('<!DOCTYPE lol [<!ENTITY a "aaaa">]><r>&a;</r>'))).toThrow(/DOCTYPE/);
    expect(() => events(xml('<r><c r="A1'))).toThrow(/middle of a tag/);
  });

  it('keeps unknown entities as they are', () => {
    expect(decodeEntities('a &nbsp; b &amp;amp; &#65;')).toBe('a &nbsp; b &amp; A');
  });

  const name = fc.constantFrom('r', 'c', 'v', 'x:t', 'sheetData', 'si');
  const text = fc
    .array(fc.constantFrom('a', ' ', 'é', '😀', '&', '<', '>', '"', "'", '\n', '漢'), { maxLength: 8 })
    .map((parts) => parts.join(''));
  type Node = { name: string; a?: string; children: (Node | string)[] };
  const { tree } = fc.letrec<{ tree: Node; child: Node | string }>((tie) => ({
    tree: fc.record({
      name,
      a: fc.option(text, { nil: undefined }),
      children: fc.array(tie('child'), { maxLength: 3 }),
    }),
    child: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('tree')),
  }));
  const escape = (value: string) =>
    value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
  const serialise = (node: Node): string =>
    `<${node.name}${node.a === undefined ? '' : ` a="${escape(node.a)}"`}>` +
    node.children.map((child) => (typeof child === 'string' ? escape(child) : serialise(child))).join('') +
    `</${node.name}>`;
  const expected = (node: Node): string[] => {
    const local = node.name.replace(/^.*:/, '');
    const out = [`<${local} a=${node.a ?? '-'} b=->`];
    for (const child of node.children) {
      if (typeof child !== 'string') out.push(...expected(child));
      else if (child !== '') {
        if (out.at(-1)?.startsWith('"')) out.push(`"${(out.pop() ?? '').slice(1, -1)}${child}"`);
        else out.push(`"${child}"`);
      }
    }
    out.push(`</${local}>`);
    return out;
  };

  it('reads any document back as it was written, however its bytes are cut into chunks', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.nat({ max: 400 }), { maxLength: 6 }), (root, cuts) => {
        const document = xml(serialise(root));
        expect(events(document, cuts)).toEqual(expected(root));
      }),
      { numRuns: 500 },
    );
  });
});
