import type { CallRecord, ServiceName } from './types.js';

/** Every API call the front answered, so perf tests can say "diagnosis gathered in ≤ 60 calls". */
export class CallLog {
  readonly records: CallRecord[] = [];

  add(record: CallRecord): void {
    this.records.push(record);
  }

  /** Calls per operation, e.g. { 'codedeploy:GetDeployment': 4 }. */
  counts(service?: ServiceName): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records) {
      if (service && r.service !== service) continue;
      const k = `${r.service}:${r.operation}`;
      out[k] = (out[k] ?? 0) + 1;
    }
    return out;
  }

  /** Number of calls, optionally for one operation name (with or without the "service:" prefix). */
  count(operation?: string): number {
    if (!operation) return this.records.length;
    return this.records.filter((r) => r.operation === operation || `${r.service}:${r.operation}` === operation).length;
  }

  reset(): void {
    this.records.length = 0;
  }
}
