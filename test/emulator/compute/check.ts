// Strict readers for the ecs: and lambda: scenario sections (a typo fails loudly).
import { ScenarioError } from '../scenario.js';

export type Obj = Record<string, unknown>;

export function obj(v: unknown, path: string, allowed: string[]): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ScenarioError(`scenario: ${path} must be a mapping`);
  for (const k of Object.keys(v))
    if (!allowed.includes(k)) throw new ScenarioError(`scenario: unknown key ${path}.${k} (allowed: ${allowed.join(', ')})`);
  return v as Obj;
}

export function list(v: unknown, path: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ScenarioError(`scenario: ${path} must be a list`);
  return v;
}

export function str(v: unknown, path: string, fallback?: string): string {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string' || v === '') throw new ScenarioError(`scenario: ${path} must be a non-empty string`);
  return v;
}

export function oneOf<T extends string>(v: unknown, path: string, values: readonly T[], fallback: T): T {
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !values.includes(v as T)) throw new ScenarioError(`scenario: ${path} must be one of ${values.join('|')}`);
  return v as T;
}

export function bool(v: unknown, path: string, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new ScenarioError(`scenario: ${path} must be true or false`);
  return v;
}

export function int(v: unknown, path: string, fallback: number, min = 0): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
    throw new ScenarioError(`scenario: ${path} must be a whole number ≥ ${min}`);
  return v;
}

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
