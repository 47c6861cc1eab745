// Strict parsers for action inputs. Each throws InputError naming the input and the accepted
// form, so a typo fails the run before anything reaches AWS.

export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/** YAML 1.2 core-schema booleans only, as @actions/core's getBooleanInput accepts. */
export function parseBoolean(input: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim();
  if (value === '') return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new InputError(input, `Input '${input}' must be true or false; got '${clip(value)}'.`);
}

export function parseEnum<T extends string>(input: string, raw: string, allowed: readonly T[], fallback: T): T {
  const value = raw.trim();
  if (value === '') return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (hit !== undefined) return hit;
  throw new InputError(input, `Input '${input}' must be one of ${allowed.join(', ')}; got '${clip(value)}'.`);
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Durations like `30m`, `1h30m`, `90s`, `250ms`, or a bare number of seconds; bounded so a typo
 * cannot make a run wait for days or poll in a busy loop.
 */
export function parseDuration(input: string, raw: string, fallbackMs: number, bounds: { minMs: number; maxMs: number }): number {
  const value = raw.trim();
  if (value === '') return fallbackMs;
  let ms: number | undefined;
  if (/^\d+(\.\d+)?$/.test(value)) {
    ms = Number(value) * 1000;
  } else if (/^(\d+(\.\d+)?(ms|h|m|s))+$/.test(value)) {
    ms = 0;
    for (const part of value.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
      ms += Number(part[1]) * (UNIT_MS[part[2] as string] as number);
    }
  }
  const form = `a duration such as 30m, 1h30m, 90s or 500ms (between ${human(bounds.minMs)} and ${human(bounds.maxMs)})`;
  if (ms === undefined || !Number.isFinite(ms)) {
    throw new InputError(input, `Input '${input}' must be ${form}; got '${clip(value)}'.`);
  }
  if (ms < bounds.minMs || ms > bounds.maxMs) {
    throw new InputError(input, `Input '${input}' is out of range: must be ${form}; got '${clip(value)}'.`);
  }
  return Math.round(ms);
}

/** Newline- or comma-separated list, blank entries dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function human(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(1)}s`;
  if (ms < 3_600_000) return `${+(ms / 60_000).toFixed(1)}m`;
  return `${+(ms / 3_600_000).toFixed(1)}h`;
}

/** Keep echoed values short and single-line in error messages. */
export function clip(value: string): string {
  const oneLine = value.replace(/[\r\n]+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
