import { describe, expect, it } from 'vitest';
import { textElement } from '../../src/io/xlsx-text-element.js';

describe('textElement', () => {
  it('writes plain text as it is, and escapes what XML cannot hold', () => {
    expect(textElement('Órla Williams')).toBe('<t>Órla Williams</t>');
    expect(textElement('a & <b> "c"')).toBe('<t>a &amp; &lt;b&gt; &quot;c&quot;</t>');
  });

  it("encodes control characters and a literal _xHHHH_ as OOXML's _xHHHH_ escapes", () => {
    expect(textElement('cr\rbell\u0007')).toBe('<t>cr_x000D_bell_x0007_</t>');
    expect(textElement('A_x0041_')).toBe('<t>A_x005F_x0041_</t>');
  });

  it('keeps white space at either end (a space, a line break, a no-break space), and only then says so', () => {
    expect(textElement(' padded')).toBe('<t xml:space="preserve"> padded</t>');
    expect(textElement('lines\n')).toBe('<t xml:space="preserve">lines\n</t>');
    expect(textElement('\u00a0Jo')).toBe('<t xml:space="preserve">\u00a0Jo</t>');
    expect(textElement('two words')).toBe('<t>two words</t>');
    expect(textElement('é')).toBe('<t>é</t>');
  });
});
