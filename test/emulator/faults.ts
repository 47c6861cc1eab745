// Injectable faults: declared in the scenario's `faults:` list or added at runtime through
// Emulator.faults. API-level faults are applied by the front; instance-level ones by the fleet;
// deployment-level ones by the CodeDeploy service.
import type { ServiceName } from './types.js';

/** Instance selector: omitted → every instance. */
interface OnInstances {
  instances?: string[];
}

export type FaultSpec =
  /** Every N-th matching API call is answered ThrottlingException (CodeDeploy) / Throttling (Beanstalk) / SlowDown (S3). */
  | { type: 'throttle'; every: number; service?: ServiceName | 'any'; operation?: string }
  /** The server applies the operation, then destroys the socket instead of answering (1-based occurrence). */
  | { type: 'lostResponse'; operation: string; occurrence?: number; service?: ServiceName }
  /** ENOSPC while the agent writes the bundle (DownloadBundle) or copies files (Install). */
  | ({ type: 'diskFull'; event?: 'DownloadBundle' | 'Install' } & OnInstances)
  /** The instance's S3 GET of the bundle answers 403 AccessDenied (or 404 NoSuchKey). */
  | ({ type: 's3AccessDenied'; status?: 403 | 404 } & OnInstances)
  /** The agent never picks up commands: events stay Pending until the agent timeout. */
  | ({ type: 'agentNotResponding' } & OnInstances)
  /** A file already exists at an install destination (absolute instance path). */
  | ({ type: 'fileExists'; path: string } & OnInstances)
  /** The hook scripts of one lifecycle event hang until their timeout. */
  | ({ type: 'scriptTimeout'; event: string } & OnInstances)
  /** chmod +x fails (read-only / noexec mount): the agent's ScriptNotExecutable. */
  | ({ type: 'scriptNotExecutable' } & OnInstances)
  /** The deployment cannot start: not enough healthy instances for the deployment configuration. */
  | { type: 'healthConstraints'; group?: string }
  /** CodeDeploy fails the group's next `count` (default 1) deployments itself, before any instance: INTERNAL_ERROR (default) or THROTTLED. */
  | { type: 'platformError'; code?: 'INTERNAL_ERROR' | 'THROTTLED'; count?: number; group?: string; message?: string }
  /** The group already has an active deployment (a real, stoppable one, stuck InProgress). */
  | { type: 'activeDeployment'; application: string; group: string; deploymentId?: string }
  // ---- Hostile network faults (applied by the front; `operation` '*' matches every call of the service) ----
  /** A 5xx storm: `count` matching calls (after `after` went through) are answered 500 or 503 before being applied. */
  | ({ type: 'serverError'; status?: 500 | 503 } & CallWindow)
  /** Matching calls are accepted and never answered (the socket stays open); `apply` applies the call first. */
  | ({ type: 'hang'; apply?: boolean } & CallWindow)
  /** Matching calls are applied, then answered 200 with half their body: unparsable JSON or XML. */
  | ({ type: 'malformed' } & CallWindow)
  /** Tail logs (presigned URLs of RequestEnvironmentInfo) trickle at `bytesPerSecond` (slow) or declare `declaredBytes` and stream filler (huge). */
  | { type: 'tailLog'; mode: 'slow' | 'huge'; bytesPerSecond?: number; declaredBytes?: number }
  /** Matching calls are refused with an error whose message echoes the request's headers, as some proxies do. */
  | ({ type: 'echoHeaders' } & CallWindow)
  /** Matching calls are refused with this status and error code (e.g. 403 SignatureDoesNotMatch: a wrong secret key). */
  | ({ type: 'refuse'; status: number; code: string; message?: string } & CallWindow);

/** Which calls a network fault hits: the n-th matching call (1-based) with after < n ≤ after + count. */
interface CallWindow {
  operation: string;
  service?: ServiceName;
  /** Calls hit; omitted → every matching call from `after` on. */
  count?: number;
  /** Matching calls let through before the first hit (default 0). */
  after?: number;
}

export type WindowFaultType = 'serverError' | 'hang' | 'malformed' | 'echoHeaders' | 'refuse';

export type FaultType = FaultSpec['type'];
export type Fault = FaultSpec & { id: string };

const FAULT_TYPES: ReadonlySet<string> = new Set<FaultType>([
  'throttle',
  'lostResponse',
  'diskFull',
  's3AccessDenied',
  'agentNotResponding',
  'fileExists',
  'scriptTimeout',
  'scriptNotExecutable',
  'healthConstraints',
  'activeDeployment',
  'platformError',
  'serverError',
  'hang',
  'malformed',
  'tailLog',
  'echoHeaders',
  'refuse',
]);

export function isFaultType(t: unknown): t is FaultType {
  return typeof t === 'string' && FAULT_TYPES.has(t);
}

/** The live set of faults plus the counters that throttle / lostResponse need. */
export class FaultRegistry {
  private readonly faults: Fault[] = [];
  private nextId = 1;
  private readonly counters = new Map<string, number>();
  /** Called when a fault is added (the CodeDeploy service materialises activeDeployment). */
  onAdd?: (fault: Fault) => void;

  constructor(initial: FaultSpec[] = []) {
    for (const f of initial) this.add(f);
  }

  add(spec: FaultSpec): string {
    const fault = { ...spec, id: `fault-${this.nextId++}` } as Fault;
    this.faults.push(fault);
    this.onAdd?.(fault);
    return fault.id;
  }

  remove(id: string): boolean {
    const i = this.faults.findIndex((f) => f.id === id);
    if (i < 0) return false;
    this.faults.splice(i, 1);
    return true;
  }

  clear(): void {
    this.faults.length = 0;
    this.counters.clear();
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  of<T extends FaultType>(type: T): Array<Extract<Fault, { type: T }>> {
    return this.faults.filter((f): f is Extract<Fault, { type: T }> => f.type === type);
  }

  /** The first fault of a type that targets this instance. */
  forInstance<T extends 'diskFull' | 's3AccessDenied' | 'agentNotResponding' | 'fileExists' | 'scriptTimeout' | 'scriptNotExecutable'>(
    type: T,
    instanceId: string,
    match: (f: Extract<Fault, { type: T }>) => boolean = () => true,
  ): Extract<Fault, { type: T }> | undefined {
    return this.of(type).find((f) => {
      const on = (f as { instances?: string[] }).instances;
      return (!on || on.includes(instanceId)) && match(f);
    });
  }

  /** Counts this API call against throttle faults; true when it must be throttled. */
  shouldThrottle(service: ServiceName, operation: string): boolean {
    let hit = false;
    for (const f of this.of('throttle')) {
      const svc = f.service ?? 'any';
      if (svc !== 'any' && svc !== service) continue;
      if (f.operation && f.operation !== operation) continue;
      const n = (this.counters.get(f.id) ?? 0) + 1;
      this.counters.set(f.id, n);
      if (f.every > 0 && n % f.every === 0) hit = true;
    }
    return hit;
  }

  /** Counts this (applied) call against lostResponse faults; true when its answer must be dropped. */
  shouldLoseResponse(service: ServiceName, operation: string): boolean {
    let hit = false;
    for (const f of this.of('lostResponse')) {
      if (f.operation !== operation || (f.service && f.service !== service)) continue;
      const n = (this.counters.get(f.id) ?? 0) + 1;
      this.counters.set(f.id, n);
      if (n === (f.occurrence ?? 1)) hit = true;
    }
    return hit;
  }

  /**
   * Counts this call against the network faults of `type` and returns the one that hits it, if
   * any. Call it once per request and type: each call advances the counters.
   */
  hit<T extends WindowFaultType>(type: T, service: ServiceName, operation: string): Extract<Fault, { type: T }> | undefined {
    let found: Extract<Fault, { type: T }> | undefined;
    for (const f of this.of(type)) {
      const w = f as unknown as CallWindow & { id: string };
      if (w.service && w.service !== service) continue;
      if (w.operation !== '*' && w.operation !== operation) continue;
      const n = (this.counters.get(w.id) ?? 0) + 1;
      this.counters.set(w.id, n);
      const after = w.after ?? 0;
      if (!found && n > after && (w.count === undefined || n <= after + w.count)) found = f;
    }
    return found;
  }

  /** The tail-log fault for an internal path, if the path is a tail log and one is set. */
  tailLog(path: string): Extract<Fault, { type: 'tailLog' }> | undefined {
    if (!path.startsWith('/_hookline/eb/logs/tail/')) return undefined;
    return this.of('tailLog')[0];
  }
}
