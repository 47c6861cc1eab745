// Parsing configuration files with source positions, and the helpers every rule uses to point a
// finding at a line and column (1-based) of the file it is about.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Finding, Severity } from '../types.js';

export interface Source {
  file: string;
  text: string;
  lc: LineCounter;
  doc: Document.Parsed;
}

export interface Position {
  line: number;
  column: number;
}

export function finding(file: string, pos: Position, severity: Severity, rule: string, message: string): Finding {
  return { file, line: pos.line, column: pos.column, severity, rule, message };
}

export function offsetPos(lc: LineCounter, offset: number): Position {
  const { line, col } = lc.linePos(Math.max(0, offset));
  return { line, column: col };
}

/** Position of a node (its first character); the start of the file when there is none. */
export function nodePos(src: Source, node: unknown): Position {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (range) return offsetPos(src.lc, range[0]);
  return { line: 1, column: 1 };
}

/** Position of a pair: its key (where editors put the cursor for "this key"). */
export function pairPos(src: Source, pair: Pair): Position {
  return nodePos(src, pair.key ?? pair.value);
}

/** Position of a pair's value, falling back to its key (e.g. `key:` with nothing after it). */
export function valuePos(src: Source, pair: Pair): Position {
  return pair.value ? nodePos(src, pair.value) : pairPos(src, pair);
}

/** Line/column from a position in JSON.parse's message ("… at position 42 …"). */
function jsonErrorPos(text: string, message: string, lc: LineCounter): Position {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const at = /position (\d+)/.exec(message);
  if (at) return offsetPos(lc, Number(at[1]));
  // V8: `Unexpected token 'T', ..."<10 chars before>T…" is not valid JSON` (no position given).
  const tok = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
  if (tok) {
    const snippet = (tok[3] as string).slice(0, 40);
    const start = text.indexOf(snippet);
    if (start >= 0) return offsetPos(lc, start + (tok[2] ? 10 : Math.max(0, snippet.indexOf(tok[1] as string))));
  }
  return offsetPos(lc, text.length);
}

export interface ParseOptions {
  /** Rule id prefix: `<prefix>/syntax`, `<prefix>/duplicate-key`, `<prefix>/yaml-tag`. */
  rulePrefix: string;
  /** Parse as JSON first (appspec.json, .config files that start with `{`). */
  json: boolean;
}

/**
 * Parse YAML 1.1 (what the CodeDeploy agent's Psych and Beanstalk's PyYAML read: `0755` is octal,
 * `yes` is true) or JSON, keeping positions. Returns the findings for syntax problems; `source`
 * is undefined when the file cannot be read as a document at all.
 */
export function parseSource(file: string, text: string, opts: ParseOptions): { source?: Source; findings: Finding[] } {
  const lc = new LineCounter();
  const findings: Finding[] = [];
  const doc = parseDocument(text, { version: '1.1', lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (opts.json) {
    try {
      JSON.parse(text);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      findings.push(finding(file, jsonErrorPos(text, msg, lc), 'error', `${opts.rulePrefix}/syntax`, `${file} is not valid JSON: ${msg}`));
      return { findings };
    }
  }
  let fatal = false;
  // One syntax error per file: the first is the cause, the rest usually follow from it; a tab
  // used for indentation is the most common cause and gets its own hint.
  const firstFatal = doc.errors.find((e) => e.code === 'TAB_AS_INDENT') ?? doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  for (const err of doc.errors) {
    if (err.code !== 'DUPLICATE_KEY' && err !== firstFatal) {
      fatal = true;
      continue;
    }
    const pos = offsetPos(lc, err.pos[0]);
    if (err.code === 'DUPLICATE_KEY') {
      findings.push(
        finding(
          file,
          pos,
          'warning',
          `${opts.rulePrefix}/duplicate-key`,
          `${file}: this key appears twice in the same mapping; the parser on the instance keeps only the last one, so the first is silently ignored. Merge the two entries.`,
        ),
      );
      continue;
    }
    fatal = true;
    const hint = err.code === 'TAB_AS_INDENT' ? ' Indent with spaces: YAML does not allow tabs for indentation.' : '';
    findings.push(finding(file, pos, 'error', `${opts.rulePrefix}/syntax`, `${file} is not valid YAML: ${err.message}.${hint}`));
  }
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') {
      findings.push(
        finding(
          file,
          offsetPos(lc, w.pos[0]),
          'warning',
          `${opts.rulePrefix}/yaml-tag`,
          `${file}: ${w.message}. Short-form CloudFormation tags (!Ref, !GetAtt, !Sub) are not understood here; use the long form, e.g. { "Ref": "Name" } or { "Fn::GetAtt": ["Name", "Attr"] }.`,
        ),
      );
    }
  }
  if (fatal) return { findings };
  return { source: { file, text, lc, doc }, findings };
}

// --- node helpers --------------------------------------------------------------------------

export type AnyNode = Node | null | undefined;

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

export function asSeq(node: unknown): YAMLSeq | undefined {
  return isSeq(node) ? node : undefined;
}

export function asScalar(node: unknown): Scalar | undefined {
  return isScalar(node) ? node : undefined;
}

/** The key of a pair as text (scalar keys only; others give ''). */
export function keyText(pair: Pair): string {
  const k = pair.key;
  if (isScalar(k)) return k.value === null || k.value === undefined ? '' : String(k.value);
  return '';
}

export function pairs(map: YAMLMap | undefined): Pair[] {
  return map ? map.items.filter((p): p is Pair => isPair(p)) : [];
}

export function getPair(map: YAMLMap | undefined, key: string): Pair | undefined {
  return pairs(map).find((p) => keyText(p) === key);
}

/** Scalar value as a string (numbers and booleans stringified); undefined for non-scalars/null. */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

/** How a scalar was written in the file (its source text), e.g. `000755` for an octal int. */
export function scalarSource(node: Scalar): string {
  const src = (node as Scalar & { source?: string }).source;
  return typeof src === 'string' ? src : String(node.value);
}

export function isQuoted(node: Scalar): boolean {
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
}

/** A short printable form of a value for messages. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || value === undefined) return 'nothing';
  return String(value);
}

export function describeNode(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node))
    return node.value === null ? 'an empty value' : `${typeof node.value === 'string' ? 'the string' : 'the value'} ${show(node.value)}`;
  return 'nothing';
}
