// ECS and Lambda revisions are the AppSpec itself (AppSpecContent: content + its sha256): nothing
// is bundled or uploaded. The hooks it names are kept for the diagnosis (event → function, line).
import { createHash } from 'node:crypto';
import type { RevisionLocation } from '@aws-sdk/client-codedeploy';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

export function appSpecRevision(content: string): RevisionLocation {
  return {
    revisionType: 'AppSpecContent',
    appSpecContent: { content, sha256: createHash('sha256').update(content, 'utf8').digest('hex') },
  };
}

/** A hook of the AppSpec: the lifecycle event, the function it invokes and its line (1-based). */
export interface HookRef {
  event: string;
  functionName: string;
  line: number;
}

/** The hooks of an AppSpec text (YAML or JSON), with their lines; [] when it does not parse. */
export function hooksOf(text: string): HookRef[] {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) return [];
  const hooks = isMap(doc.contents) ? doc.contents.get('Hooks', true) : undefined;
  if (!isSeq(hooks)) return [];
  const lines = lineStarts(text);
  const out: HookRef[] = [];
  for (const item of hooks.items) {
    if (!isMap(item)) continue;
    for (const pair of item.items) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      const value = (pair.value as { value?: unknown } | null)?.value;
      const offset = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
      if (typeof key === 'string' && typeof value === 'string') out.push({ event: key, functionName: value, line: lineAt(lines, offset) });
    }
  }
  return out;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Parses an AppSpec for editing; throws a message naming the file when it is not YAML/JSON. */
export function editableAppSpec(text: string, shown: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`${shown} is not valid YAML or JSON: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
  return doc;
}
