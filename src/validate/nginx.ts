// nginx snippets Elastic Beanstalk includes inside the `http { }` block (conf.d/*.conf): a
// directive that belongs to another context makes `nginx -t` fail and the deployment with it.
import type { Finding } from '../types.js';
import { finding } from './source.js';

/** Directives that are not allowed directly in the http context. */
const NOT_IN_HTTP = [
  'http',
  'events',
  'location',
  'user',
  'worker_processes',
  'worker_rlimit_nofile',
  'pid',
  'stream',
  'load_module',
  'daemon',
];

/** Top-level directives of an nginx snippet with their line numbers (comments and strings skipped). */
export function topLevelDirectives(text: string): Array<{ name: string; line: number; column: number }> {
  const out: Array<{ name: string; line: number; column: number }> = [];
  let depth = 0;
  let atStatementStart = true;
  let line = 1;
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    col++;
    if (ch === '\n') {
      line++;
      col = 0;
      continue;
    }
    if (ch === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const q = ch;
      while (i + 1 < text.length && text[i + 1] !== q) {
        i++;
        if (text[i] === '\n') {
          line++;
          col = 0;
        }
      }
      i++;
      atStatementStart = false;
      continue;
    }
    if (ch === '{') {
      depth++;
      atStatementStart = true;
      continue;
    }
    if (ch === '}') {
      depth = Math.max(0, depth - 1);
      atStatementStart = true;
      continue;
    }
    if (ch === ';') {
      atStatementStart = true;
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (atStatementStart) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
      if (m && depth === 0) out.push({ name: m[0], line, column: col });
      atStatementStart = false;
    }
  }
  return out;
}

/**
 * `file` is where the finding points; `line0`/`indent` place the snippet when it sits inside
 * another file (the content of a YAML block scalar starts on line0 + 1, indented by `indent`).
 */
export function checkHttpSnippet(file: string, text: string, where: string, rule: string, line0 = 0, indent = 0): Finding[] {
  const out: Finding[] = [];
  for (const d of topLevelDirectives(text)) {
    if (!NOT_IN_HTTP.includes(d.name)) continue;
    out.push(
      finding(
        file,
        { line: line0 + d.line, column: indent + d.column },
        'error',
        rule,
        `\`${d.name}\` at the top of ${where}: files in conf.d are included inside nginx's \`http { }\` block, where \`${d.name}\` is not allowed, so \`nginx -t\` fails and the deployment with it. ${d.name === 'location' ? 'Wrap it in a `server { }` block, or put it in .platform/nginx/conf.d/elasticbeanstalk/ (included inside the default server).' : 'Put a complete nginx.conf in .platform/nginx/nginx.conf instead, or keep only http-level directives here.'}`,
      ),
    );
  }
  return out;
}
