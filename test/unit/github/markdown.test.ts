import { code, fence, inline, link, oneLine } from '../../../src/github/markdown.js';

describe('comment markdown from foreign text', () => {
  it('inline text is one line with markup escaped and mentions inert', () => {
    const s = inline('a\n# b *c* [d](e) <img> @team 1. x');
    expect(s).not.toContain('\n');
    expect(s).toContain('\\*c\\*');
    expect(s).toContain('\\[d\\](e)');
    expect(s).toContain('&lt;img&gt;');
    expect(s).toContain('@\u200bteam');
  });

  it('text cannot open a heading, list or setext line where it starts a line; hyphens inside words stay plain', () => {
    expect(inline('1. first')).toBe('1\\. first');
    expect(inline('# x')).toBe('\\# x');
    expect(inline(' - x')).toBe(' \\- x');
    expect(inline('prod-pr-7')).toBe('prod-pr-7');
  });

  it('a code span holding backticks or newlines cannot be closed by them', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
    expect(code('x\ny')).toBe('`x ⏎ y`');
  });

  it('a fence is longer than any backtick run inside it, and control characters are removed', () => {
    const f = fence(['```', 'a\u001b[31mred\u0007']);
    expect(f.startsWith('````text\n')).toBe(true);
    expect(f.endsWith('\n````')).toBe(true);
    expect(f).toContain('ared');
  });

  it('only http(s) URLs become links', () => {
    expect(link('http://shop-pr-1.example')).toBe('<http://shop-pr-1.example>');
    expect(link('javascript:alert(1)')).toBe('`javascript:alert(1)`');
    expect(link('http://x> [y](z)')).toBe('`http://x> [y](z)`');
  });

  it('oneLine drops terminal escapes and bidi overrides', () => {
    expect(oneLine('a\u001b[2Jb\u202ec')).toBe('abc');
  });
});
