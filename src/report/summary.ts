// The diagnosis section of the job summary, as a markdown string: every diagnosis (none is left
// out, unlike annotations) with its instances, location, fix, evidence and docs link.

import { DOCS_BASE_URL } from '../constants.js';
import type { Diagnosis } from '../types.js';
import { docsUrl } from './annotations.js';

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

/**
 * Text outside code: no raw HTML, no emphasis, links, tables or strikethrough from foreign text,
 * and nothing GitHub turns live after rendering — an @mention, an #123 reference, a bare URL or
 * e-mail address — is left contiguous (a zero-width space splits it; the reader sees the same text).
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\b(www)\./gi, '$1\u200b.');
}

/** Keep `inline code` spans the diagnosis wrote, escape the rest. */
function prose(s: string): string {
  return s
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part)))
    .join('');
}

function fence(lines: string[]): string {
  const body = lines.join('\n');
  let ticks = '```';
  while (body.includes(ticks)) ticks += '`';
  return `${ticks}text\n${body}\n${ticks}`;
}

/** An inline code span around any text: a fence longer than any backtick run inside, one line. */
export function code(s: string): string {
  const text = s.replace(/\r?\n|\r/g, '⏎');
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A table cell of plain text: escaped, one line. */
export function tableCell(s: string): string {
  return escapeMarkdown(s).replace(/\r?\n|\r/g, ' ');
}

/** A code span inside a table cell: GFM splits cells at `|` even inside code, unless escaped. */
export function tableCode(s: string): string {
  return code(s).replace(/\|/g, '\\|');
}

export function renderDiagnosisMarkdown(d: Diagnosis, index: number, docsBaseUrl = DOCS_BASE_URL): string {
  const out: string[] = [];
  out.push(`### ${ICON[d.severity]} ${index}. ${prose(d.title)}`);
  out.push('');
  out.push(prose(d.message));
  out.push('');
  const facts: string[] = [];
  facts.push(`- **Category:** [${code(d.category)}](${docsUrl(d.category, docsBaseUrl)}) (${d.severity})`);
  if (d.lifecycleEvent) facts.push(`- **Event:** ${code(d.lifecycleEvent)}`);
  if (d.instances.length > 0) {
    facts.push(`- **Instances (${d.instances.length}):** ${d.instances.map(code).join(', ')}`);
  }
  if (d.file) facts.push(`- **Where:** ${code(d.file)}${d.line ? ` line ${d.line}` : ''}`);
  facts.push(`- **Fix:** ${prose(d.fix)}`);
  out.push(...facts);
  if (d.evidence.length > 0) {
    out.push('');
    out.push('<details><summary>Evidence</summary>');
    out.push('');
    out.push(fence(d.evidence));
    out.push('');
    out.push('</details>');
  }
  return out.join('\n');
}

/** Every diagnosis, most decisive first (the order given). */
export function renderDiagnosesMarkdown(d: Diagnosis[], docsBaseUrl = DOCS_BASE_URL): string {
  if (d.length === 0) return '## Diagnosis\n\nNo failure to explain.';
  const head = `## Diagnosis\n\n${d.length === 1 ? 'One cause' : `${d.length} causes`} found, most decisive first.`;
  return [head, ...d.map((x, i) => renderDiagnosisMarkdown(x, i + 1, docsBaseUrl))].join('\n\n');
}
