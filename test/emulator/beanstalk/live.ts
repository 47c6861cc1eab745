// An environment's live page: what its CNAME (or load balancer name) answers over HTTP, and the
// copy published under /_hookline/eb/<cname>/ for clients that cannot set a Host header.
import type { BeanstalkCore } from './core.js';
import type { EnvironmentRec } from './model.js';

export interface LiveResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Path under which the front serves an environment's live page (by CNAME). */
export function livePath(cname: string): string {
  return `/_hookline/eb/${cname}/`;
}

function liveBody(env: EnvironmentRec, version: string): string {
  return `x-hookline-version: ${version}\nenvironment: ${env.name}\ncname: ${env.cname}\n`;
}

/** What `http://<CNAME>/` answers: the version the instances run (header x-hookline-version). */
export function liveResponse(c: BeanstalkCore, host: string): LiveResponse | null {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  const env = c.liveEnvs().find((e) => e.cname.toLowerCase() === h || e.endpointUrl.toLowerCase() === h);
  if (!env) return null;
  const running = env.instances.filter((i) => i.versionLabel !== undefined);
  const inst = running.length > 0 ? running[env.rr++ % running.length] : undefined;
  const version = inst?.versionLabel ?? env.versionLabel ?? '';
  const status = env.healthStatus === 'Severe' ? 503 : 200;
  return {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-hookline-version': version, 'x-hookline-environment': env.name },
    body: liveBody(env, version),
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
