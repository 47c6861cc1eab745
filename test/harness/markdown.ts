// Job summaries and PR comments rendered as GitHub renders them (CommonMark + GFM, raw HTML
// allowed: GitHub keeps <details>/<summary> and sanitizes the rest), and the checks a person's
// eye makes: links are links, no markdown syntax left as text, foreign text inert.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderMarkdown(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** Tags hookline's markdown may produce (what GitHub's sanitizer keeps and hookline uses). */
const ALLOWED_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'strong',
  'em',
  'a',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'ul',
  'ol',
  'li',
  'br',
  'hr',
  'sub',
  'sup',
]);

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

export interface Rendered {
  html: string;
  /** Tag names, in order. */
  tags: string[];
  /** href of every link. */
  links: string[];
  /** Text a person reads outside code (tags removed, entities decoded, zero-width spaces kept). */
  prose: string;
  /** Text inside <code>/<pre>. */
  code: string[];
}

export function inspectHtml(html: string): Rendered {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => (m[1] as string).toLowerCase());
  const links = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => decode(m[1] as string));
  const code = [...html.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((m) => decode(m[1] as string));
  const prose = decode(
    html
      .replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, ' ')
      .replace(/<code[^>]*>[\s\S]*?<\/code>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
  return { html, tags, links, prose, code };
}

export interface WellFormedOptions {
  /** Link prefixes hookline writes (console, docs, run, environment URLs). */
  allowedLinks: (string | RegExp)[];
  /** Foreign strings in the page: shown literally, so their own `**` or `[x](y)` is not a rendering fault. */
  foreign?: string[];
}

const squash = (s: string) => s.replace(/\u200b/g, '').replace(/\s+/g, ' ');

/** Problems a person would see in the rendered page; [] when there are none. */
export function renderProblems(markdown: string, opts: WellFormedOptions): string[] {
  const r = inspectHtml(renderMarkdown(markdown));
  const problems: string[] = [];
  for (const t of new Set(r.tags)) if (!ALLOWED_TAGS.has(t)) problems.push(`tag <${t}> in the rendered page`);
  for (const href of r.links) {
    const ok = opts.allowedLinks.some((p) => (typeof p === 'string' ? href.startsWith(p) : p.test(href)));
    if (!ok) problems.push(`link not hookline's: ${href}`);
  }
  // Markdown that did not render: emphasis markers, link syntax, table rules, raw tags as text
  // (hookline's own; foreign text shown literally is what escaping is for).
  let own = squash(r.prose);
  for (const f of opts.foreign ?? []) own = own.split(squash(f)).join(' ');
  const syntax: [RegExp, string][] = [
    [/\*\*[^*\s][^*]*\*\*/, 'bold markers shown as text'],
    [/\]\(https?:/, 'link syntax shown as text'],
    [/\|\s*---/, 'table syntax shown as text'],
    [/<\/?(h\d|details|summary|table|a|strong|code)\b/i, 'HTML tag shown as text'],
    [/^#{1,6} /m, 'heading marker shown as text'],
  ];
  for (const [re, what] of syntax) {
    const m = re.exec(own);
    if (m) problems.push(`${what}: …${own.slice(Math.max(0, m.index - 30), m.index + 40)}…`);
  }
  const mention = /(^|[^\w\u200b`])@[A-Za-z0-9][\w-]*/.exec(r.prose);
  if (mention) problems.push(`live @mention: ${mention[0].trim()}`);
  const ref = /(^|[^\w&\u200b])#\d+\b/.exec(r.prose);
  if (ref) problems.push(`live issue reference: ${ref[0].trim()}`);
  return problems;
}
