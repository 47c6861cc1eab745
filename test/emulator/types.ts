// Contracts between the emulator's front (one loopback port) and its service modules.
// The front routes: x-amz-target CodeDeploy_20141006.* → CodeDeploy; a form POST with
// Version=2010-12-01 → Elastic Beanstalk; /_hookline/* → emulator-internal (presigned logs,
// control); everything else → S3 (s3rver behind the front).

export interface ServiceRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
}

export interface ServiceResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** Scaled time: scenario durations are in "scenario seconds"; timeScale of 0.001 makes 60 s pass in 60 ms. */
export interface Clock {
  /** Real epoch milliseconds as AWS would report them (not scaled). */
  now(): number;
  /** Sleep for a duration given in scenario seconds. */
  sleep(scenarioSeconds: number, signal?: AbortSignal): Promise<void>;
  timeScale: number;
}

/** Object storage as the services see it (reads/writes go to the same s3rver the SDK talks to). */
export interface ObjectStore {
  getObject(bucket: string, key: string, versionId?: string): Promise<{ body: Buffer; etag: string; versionId?: string } | null>;
  putObject(bucket: string, key: string, body: Buffer): Promise<{ etag: string }>;
  ensureBucket(bucket: string): Promise<void>;
}

export interface EmulatorContext {
  /** e.g. http://127.0.0.1:4566 */
  baseUrl: string;
  clock: Clock;
  store: ObjectStore;
  /** Per-run scratch directory for extracted bundles and hook execution. */
  workDir: string;
  /** Register a URL path under /_hookline/ served by the front (e.g. presigned tail logs). */
  serveInternal(path: string, body: string | Buffer, contentType?: string): string;
}

export interface ServiceModule {
  handle(req: ServiceRequest): Promise<ServiceResponse>;
  /** Stop background work (instance simulations) promptly. */
  close(): Promise<void>;
}

// ---- Additions (the front, the call log and the fault controls) ----

/** Which service the front routed a request to. */
export type ServiceName = 'codedeploy' | 'beanstalk' | 'cloudwatch' | 'ecs' | 'lambda' | 's3' | 'internal';

/** One API call as the front saw it (operation is the CodeDeploy target, the Beanstalk Action, or an S3 method). */
export interface CallRecord {
  service: ServiceName;
  operation: string;
  status: number;
  /** Real epoch milliseconds. */
  at: number;
  /** Set when a fault shaped the answer (throttled, lostResponse). */
  fault?: string;
}
