// Small text helpers shared by the CodeDeploy and Beanstalk readers: reading loosely typed SDK
// objects, splitting log tails into lines, stripping the prefixes the agents put on lines, and
// normalising messages so identical failures on different instances compare equal.

/** A plain object field as a string, or '' (SDK responses are mostly optional fields). */
export function str(obj: unknown, key: string): string {
  if (obj === null || typeof obj !== 'object') return '';
  const v = (obj as Record<string, unknown>)[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

export function obj(o: unknown, key: string): Record<string, unknown> | undefined {
  if (o === null || typeof o !== 'object') return undefined;
  const v = (o as Record<string, unknown>)[key];
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function arr(o: unknown, key: string): Record<string, unknown>[] {
  if (o === null || typeof o !== 'object') return [];
  const v = (o as Record<string, unknown>)[key];
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object') : [];
}

// ANSI escape sequences (colours, cursor moves, OSC titles). The Rust agent 2.0 strips them from
// hook output; the Ruby agent 1.x passes them through, so both shapes reach the rules.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

/** The text without ANSI escape sequences (a `\r` is kept: it is evidence of CRLF scripts). */
export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

/** Split text into lines, dropping trailing `\n` but keeping a `\r` (it is evidence of CRLF scripts). */
export function lines(text: string): string[] {
  if (!text) return [];
  return text.split('\n').filter((l) => l.trim() !== '');
}

// Prefixes seen in front of the meaningful part of a line:
//  - Rust agent logTail entries: `2024-05-01 10:00:00 [stderr]…`
//  - Ruby agent logTail entries: `[stderr]…` / `[stdout]…`
//  - agent / eb-engine / cfn-init log lines: `2021/08/05 15:54:15.735201 [ERROR] …`,
//    `2022-08-01 08:51:13,354 [ERROR] …`, `2024-01-01T10:00:00Z ERROR [codedeploy-agent(123)]: …`
const TIMESTAMP = /^\s*(?:\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s*)/;
const LEVEL = /^(?:\[(?:ERROR|WARN|WARNING|INFO|DEBUG)\]|(?:ERROR|WARN|INFO|DEBUG)(?=\s))\s*(?:\[[^\]]*\]:\s*)?/;
const STREAM = /^\[(?:stdout|stderr)\]\s?/;
const CFN_PID = /^P\d+\s+/;

/** The line without timestamps, level tags, `[stdout]`/`[stderr]` markers (any order, any count). */
export function stripPrefixes(line: string): string {
  let s = line;
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(TIMESTAMP, '').replace(CFN_PID, '').replace(LEVEL, '').replace(STREAM, '');
    if (s === before) break;
  }
  return s.trimEnd();
}

/** Render a line for people: prefixes removed, a visible `^M` for a carriage return, bounded length. */
export function showLine(line: string, max = 300): string {
  const s = stripPrefixes(line).replace(/\r/g, '^M').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

const INSTANCE_ID = /\bi-[0-9a-f]{8,17}\b/g;
const DEPLOYMENT_ID = /\bd-[A-Z0-9]{9}\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const ANY_TIMESTAMP = /\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;
const EPOCH = /\b1\d{9}(?:\d{3})?\b/g;

/** A message with instance ids, deployment ids, UUIDs and timestamps replaced, for grouping. */
export function normaliseMessage(message: string): string {
  return message
    .replace(ANY_TIMESTAMP, '<time>')
    .replace(INSTANCE_ID, '<instance>')
    .replace(DEPLOYMENT_ID, '<deployment>')
    .replace(UUID, '<uuid>')
    .replace(EPOCH, '<epoch>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Unique, in order of first appearance. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Keep evidence short: unique non-empty lines, at most `max`. */
export function evidenceList(items: (string | undefined | null)[], max = 8): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (!item) continue;
    const s = showLine(item);
    if (s && !out.includes(s)) out.push(s);
    if (out.length >= max) break;
  }
  return out;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "i-1, i-2 and 3 more" */
export function listInstances(ids: string[], max = 5): string {
  if (ids.length === 0) return 'no instance';
  const head = ids.slice(0, max).join(', ');
  return ids.length > max ? `${head} and ${ids.length - max} more` : head;
}
