// Identical failures on many instances become one diagnosis listing every instance; diagnoses
// are ordered most decisive first.

import type { Diagnosis } from '../types.js';
import { CATEGORY_INFO } from './catalog.js';
import { normaliseMessage, unique } from './text.js';

/** A diagnosis for one instance plus the key that says which others are "the same failure". */
export interface Keyed {
  key: string;
  diagnosis: Diagnosis;
}

/** category + lifecycle event + script/command + message with instance/deployment ids removed. */
export function groupKey(d: Diagnosis, script: string, rawMessage: string): string {
  return [d.category, d.lifecycleEvent ?? '', script, normaliseMessage(rawMessage)].join('\u0000');
}

export function groupDiagnoses(items: Keyed[], maxEvidence = 10): Diagnosis[] {
  const byKey = new Map<string, Diagnosis>();
  for (const { key, diagnosis } of items) {
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...diagnosis, instances: unique(diagnosis.instances), evidence: [...diagnosis.evidence] });
      continue;
    }
    seen.instances = unique([...seen.instances, ...diagnosis.instances]);
    for (const e of diagnosis.evidence) {
      if (seen.evidence.length >= maxEvidence) break;
      if (!seen.evidence.includes(e)) seen.evidence.push(e);
    }
    seen.file ??= diagnosis.file;
    seen.line ??= diagnosis.line;
  }
  return [...byKey.values()];
}

const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 } as const;

/** Most decisive first: errors, then concrete root causes (by category rank), located, widest. */
export function sortDiagnoses(list: Diagnosis[]): Diagnosis[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const s = SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity];
      if (s !== 0) return s;
      const r = CATEGORY_INFO[a.d.category].rank - CATEGORY_INFO[b.d.category].rank;
      if (r !== 0) return r;
      const located = Number(b.d.file !== null) - Number(a.d.file !== null);
      if (located !== 0) return located;
      const width = b.d.instances.length - a.d.instances.length;
      return width !== 0 ? width : a.i - b.i;
    })
    .map(({ d }) => d);
}
