// Markdown for a PR comment from text hookline did not write (file names, hook output, AWS
// messages) — pure. Inline text is one line, escaped exactly as the job summary escapes it
// (report/summary.ts: no HTML, emphasis, links, @mentions, #refs or bare URLs come alive); code
// spans and fences can never be closed by what they hold. A newline in a file name must not start
// a heading, a list or a mention.
import { escapeMarkdown } from '../report/summary.js';

/** C0/C1 controls, DEL, line and paragraph separators, bidi overrides and terminal escapes. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** One line: escape sequences dropped, line breaks shown as ⏎, other controls removed. */
export function oneLine(s: string): string {
  return s
    .replace(ANSI, '')
    .replace(/\r\n|\r|\n/g, ' ⏎ ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');
}

/** Foreign text as inline markdown: one line, escaped as the job summary escapes it, and unable to open a block. */
export function inline(s: string): string {
  return (
    escapeMarkdown(oneLine(s))
      // Headings, lists and setext lines open only at the start of a line (the text is one line).
      .replace(/^(\s*)([#+\-=])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/** Keep the `inline code` spans hookline's own diagnosis text carries; everything else as inline(). */
export function prose(s: string): string {
  return oneLine(s)
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 ? code(part.slice(1, -1)) : inline(part)))
    .join('');
}

/** A code span that its content cannot close (mentions are never rendered inside code). */
export function code(s: string): string {
  const text = oneLine(s);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A fenced block its lines cannot close; controls removed from each line. */
export function fence(lines: string[]): string {
  const clean = lines.map((l) => l.replace(ANSI, '').replace(CONTROL, '').replace(/\r/g, ''));
  const body = clean.join('\n');
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}text\n${body}\n${ticks}`;
}

/** An http(s) URL as an autolink; anything else as code, never as a link. */
export function link(url: string): string {
  return /^https?:\/\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]+$/.test(url) && !/[<>`\s]/.test(url) ? `<${url}>` : code(url);
}
