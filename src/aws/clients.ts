// The one AWS client factory. Each kind's SDK package is imported only when a run asks for that
// client (cold start: S3 ≈ 275 ms, CodeDeploy/Beanstalk ≈ 206 ms each to load). It is imported through
// sdk/<kind>.ts, which exports the client class alone: a dynamic import of the package itself
// would keep every command and shape of it in the bundle. Credentials
// come from the default chain (env, OIDC web identity from configure-aws-credentials, profile,
// container/instance roles); endpoints from AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE>,
// which the SDK reads by itself; proxies from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (proxy.ts).
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import { VERSION } from '../version.js';
import { sdkProxyAgents, type SdkAgents } from './proxy.js';

export interface ClientKinds {
  s3: S3Client;
  codedeploy: CodeDeployClient;
  beanstalk: ElasticBeanstalkClient;
  /** Only for a bake over a deployment group's alarms: loaded when the group names any. */
  cloudwatch: CloudWatchClient;
  /** ECS and Lambda: only runs whose CodeDeploy application targets them load these. */
  ecs: ECSClient;
  lambda: LambdaClient;
}
export type ClientKind = keyof ClientKinds;

export interface ClientOptions {
  /** AWS region; default from the environment (AWS_REGION / AWS_DEFAULT_REGION / profile). */
  region?: string;
  /** Appended to the user agent after `hookline/<version>`, e.g. `cli` or `pr-preview`. */
  userAgent?: string;
  /** Attempts per request including the first; default 5. 1 disables retries. */
  maxAttempts?: number;
  /** 'standard' (default) or 'adaptive' (client-side rate limiting once throttled). */
  retryMode?: 'standard' | 'adaptive';
}

/**
 * Every request is bounded: 5 s to connect, 30 s of silence on the socket, and for the API
 * services 30 s for the whole answer (throwOnRequestTimeout: the SDK only warns without it).
 * S3 gets no whole-request bound because a large part may take minutes on a slow link; its
 * socket inactivity bound still ends a hung or stalled transfer.
 */
export const CONNECTION_TIMEOUT_MS = 5_000;
export const SOCKET_TIMEOUT_MS = 30_000;
export const REQUEST_TIMEOUT_MS = 30_000;

export interface HandlerTimeouts {
  connectionTimeout: number;
  socketTimeout: number;
  requestTimeout?: number;
  throwOnRequestTimeout: true;
}

interface CommonConfig {
  region?: string;
  maxAttempts: number;
  retryMode: 'standard' | 'adaptive';
  customUserAgent: [string, string][];
  requestHandler: HandlerTimeouts & Partial<SdkAgents>;
}

/** The timeouts of one client kind's HTTP handler (plain options: the SDK builds its NodeHttpHandler from them). */
export function handlerTimeouts(kind: ClientKind): HandlerTimeouts {
  return {
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    ...(kind === 's3' ? {} : { requestTimeout: REQUEST_TIMEOUT_MS }),
    throwOnRequestTimeout: true,
  };
}

/** The SDK client configuration every kind shares (exported for tests and the CLI's --debug). */
export function clientConfig(opts: ClientOptions = {}, kind: ClientKind = 'codedeploy'): CommonConfig {
  const customUserAgent: [string, string][] = [['hookline', VERSION]];
  if (opts.userAgent) customUserAgent.push([opts.userAgent, '']);
  const config: CommonConfig = {
    maxAttempts: Math.max(1, Math.floor(opts.maxAttempts ?? 5)),
    retryMode: opts.retryMode ?? 'standard',
    customUserAgent,
    requestHandler: handlerTimeouts(kind),
  };
  if (opts.region) config.region = opts.region;
  return config;
}

/** A client for `kind`, loading only that SDK package. */
export async function createClient<K extends ClientKind>(kind: K, opts: ClientOptions = {}): Promise<ClientKinds[K]> {
  const config = clientConfig(opts, kind);
  // HTTPS_PROXY / HTTP_PROXY / NO_PROXY: the SDK reads none of them (proxy.ts).
  const agents = await sdkProxyAgents(process.env);
  if (agents) Object.assign(config.requestHandler, agents);
  switch (kind) {
    case 's3': {
      const { S3Client } = await import('./sdk/s3.js');
      return new S3Client(config) as ClientKinds[K];
    }
    case 'codedeploy': {
      const { CodeDeployClient } = await import('./sdk/codedeploy.js');
      return new CodeDeployClient(config) as ClientKinds[K];
    }
    case 'beanstalk': {
      const { ElasticBeanstalkClient } = await import('./sdk/beanstalk.js');
      return new ElasticBeanstalkClient(config) as ClientKinds[K];
    }
    case 'cloudwatch': {
      const { CloudWatchClient } = await import('./sdk/cloudwatch.js');
      return new CloudWatchClient(config) as ClientKinds[K];
    }
    case 'ecs': {
      const { ECSClient } = await import('./sdk/ecs.js');
      return new ECSClient(config) as ClientKinds[K];
    }
    case 'lambda': {
      const { LambdaClient } = await import('./sdk/lambda.js');
      return new LambdaClient(config) as ClientKinds[K];
    }
    default:
      throw new Error(`Unknown AWS client kind: ${String(kind)}`);
  }
}
