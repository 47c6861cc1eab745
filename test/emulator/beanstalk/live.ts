// An environment's URL as its users reach it: an HTTP request whose Host is the environment's CNAME
// (<prefix>.<region>.elasticbeanstalk.com) or load balancer name is answered as its app would be,
// so a check of the live URL (after a deploy or a CNAME swap) can be tested. The page is also
// published under /_hookline/eb/<cname>/ for clients that cannot set a Host header.
import type { ServiceResponse } from '../types.js';
import type { BeanstalkCore } from './core.js';
import type { EnvironmentRec } from './model.js';

export type LiveResponse = ServiceResponse & { headers: Record<string, string>; body: string };

/** Hosts that only Elastic Beanstalk environments answer (through DNS, in AWS). */
const ENVIRONMENT_HOST = /\.(elasticbeanstalk\.com|elb\.amazonaws\.com)$/;

/** Path under which the front serves an environment's live page (by CNAME). */
export function livePath(cname: string): string {
  return `/_hookline/eb/${cname}/`;
}

function liveBody(env: EnvironmentRec, version: string): string {
  return `x-hookline-version: ${version}\nenvironment: ${env.name}\ncname: ${env.cname}\n`;
}

/**
 * Why the app cannot answer with 2xx right now, or undefined when it can: nothing runs yet (or
 * any more), or health is Red (requests failing, a failed deploy), or the scenario's appStatus.
 */
function unavailable(env: EnvironmentRec, version: string): { status: number; reason: string } | undefined {
  if (env.status === 'Launching' || env.status === 'Terminating' || version === '') {
    return { status: 503, reason: `environment ${env.name} is ${env.status} and serves no application version` };
  }
  if (env.health === 'Red') return { status: 503, reason: `environment ${env.name} health is ${env.healthStatus}` };
  const forced = env.faults.appStatus;
  if (forced !== undefined && (forced < 200 || forced > 299)) return { status: forced, reason: `the application answers ${forced}` };
  return undefined;
}

/** What `http://<host>/` answers: the environment's app (null when the host is no environment's URL). */
export function liveResponse(c: BeanstalkCore, host: string): LiveResponse | null {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  const env = c.liveEnvs().find((e) => e.cname.toLowerCase() === h || e.endpointUrl.toLowerCase() === h);
  if (!env) {
    if (!ENVIRONMENT_HOST.test(h)) return null;
    // As DNS would not resolve it: never answered by another environment or the AWS API.
    return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `no environment has the URL ${h}\n` };
  }
  const running = env.instances.filter((i) => i.versionLabel !== undefined);
  const inst = running.length > 0 ? running[env.rr++ % running.length] : undefined;
  const version = inst?.versionLabel ?? env.versionLabel ?? '';
  const down = unavailable(env, version);
  return {
    status: down?.status ?? env.faults.appStatus ?? 200,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-hookline-version': version, 'x-hookline-environment': env.name },
    body: liveBody(env, version) + (down ? `unavailable: ${down.reason}\n` : ''),
  };
}

export function publishLive(c: BeanstalkCore, env: EnvironmentRec): void {
  const version = env.instances.find((i) => i.versionLabel !== undefined)?.versionLabel ?? env.versionLabel ?? '';
  c.ctx.serveInternal(livePath(env.cname), liveBody(env, version), 'text/plain; charset=utf-8');
}

/** A terminated environment's page is emptied (its CNAME no longer resolves). */
export function unpublishLive(c: BeanstalkCore, env: EnvironmentRec): void {
  c.ctx.serveInternal(livePath(env.cname), '', 'text/plain');
}
