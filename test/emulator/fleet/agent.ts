// The CodeDeploy agent on one instance for one deployment: DownloadBundle (S3 GET, ETag check,
// unpack), Install (copy files with file_exists_behavior), and the script hooks. Failures carry
// the agent's diagnostics: errorCode, scriptName, message, logTail.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { FaultRegistry } from '../faults.js';
import type { ObjectStore } from '../types.js';
import type { Diagnostics, S3Revision } from '../codedeploy/model.js';
import { AppSpecError, parseAppSpec, type AppSpec } from './appspec.js';
import { BundleError, unpackBundle } from './bundle.js';
import { runHooks } from './hooks.js';
import type { InstanceHost } from './host.js';
import type { ScriptHost } from './script-host.js';
import * as msg from './messages.js';

/** Events whose scripts come from the last successful revision on the instance. */
const FROM_LAST_SUCCESSFUL = new Set(['ApplicationStop', 'BeforeBlockTraffic', 'AfterBlockTraffic']);
/** Script hooks the agent knows (its DEFAULT_HOOK_MAPPING). */
export const HOOK_EVENTS = new Set([
  'ApplicationStop',
  'BeforeInstall',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'BeforeBlockTraffic',
  'AfterBlockTraffic',
  'BeforeAllowTraffic',
  'AfterAllowTraffic',
]);
/** Events CodeDeploy runs itself (load balancer work); the agent is not involved. */
export const SERVICE_EVENTS = new Set(['BlockTraffic', 'AllowTraffic']);

export interface AgentDeployment {
  deploymentId: string;
  applicationName: string;
  groupName: string;
  groupId: string;
  revision: S3Revision;
  fileExistsBehavior: 'DISALLOW' | 'OVERWRITE' | 'RETAIN';
}

export interface FleetEnv {
  store: ObjectStore;
  faults: FaultRegistry;
  timeScale: number;
  hookTimeoutFloorMs: number;
  /** Unpacked bundles shared read-only between instances of one deployment (copied, never run in place). */
  bundleCache: Map<string, Promise<string>>;
  /** One GET per deployment's object, shared by its instances (each still checks faults and the ETag). */
  objectCache: Map<string, Promise<{ body: Buffer; etag: string } | null>>;
  cacheDir: string;
  scripts: ScriptHost;
  signal?: AbortSignal;
}

export type EventOutcome = { ok: true; logTail: string } | { ok: false; diagnostics: Diagnostics };

const unknown = (message: string, logTail = ''): EventOutcome => ({
  ok: false,
  diagnostics: { errorCode: 'UnknownError', scriptName: '', message, logTail },
});

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

export class AgentSession {
  private readonly dir: string;
  private readonly archive: string;

  constructor(
    private readonly host: InstanceHost,
    private readonly d: AgentDeployment,
    private readonly env: FleetEnv,
  ) {
    this.dir = host.deploymentDir(d.groupId, d.deploymentId);
    this.archive = path.join(this.dir, 'deployment-archive');
  }

  async run(event: string): Promise<EventOutcome> {
    try {
      if (event === 'DownloadBundle') return await this.downloadBundle();
      if (event === 'Install') return await this.install();
      if (HOOK_EVENTS.has(event)) return await this.hooks(event);
      return unknown(`Unsupported command type: ${event}.`);
    } catch (err) {
      // Anything unexpected surfaces as the agent's generic failure: UnknownError with the exception text.
      return unknown(err instanceof Error ? err.message : String(err));
    }
  }

  private async downloadBundle(): Promise<EventOutcome> {
    const { faults } = this.env;
    const id = this.host.id;
    const denied = faults.forInstance('s3AccessDenied', id);
    if (denied) return unknown(denied.status === 404 ? msg.s3NoSuchKey() : msg.s3AccessDenied());
    const full = faults.forInstance('diskFull', id, (f) => (f.event ?? 'DownloadBundle') === 'DownloadBundle');
    if (full) return unknown(msg.noSpace('io_write', this.host.agentPath(path.join(this.dir, 'bundle.tar'))));

    const r = this.d.revision;
    const getKey = `${this.d.deploymentId}|${r.bucket}|${r.key}|${r.version ?? ''}`;
    let get = this.env.objectCache.get(getKey);
    if (!get) {
      get = this.env.store.getObject(r.bucket, r.key, r.version);
      this.env.objectCache.set(getKey, get);
    }
    const obj = await get;
    if (!obj) return unknown(msg.s3NoSuchKey());
    if (r.eTag && r.eTag.replace(/"/g, '') !== obj.etag.replace(/"/g, '')) return unknown(msg.etagMismatch(r.eTag, obj.etag));

    const cacheKey = `${this.d.deploymentId}|${obj.etag}|${r.bundleType}`;
    let unpacked = this.env.bundleCache.get(cacheKey);
    if (!unpacked) {
      const dst = path.join(this.env.cacheDir, `${this.d.deploymentId}-${this.env.bundleCache.size}`);
      unpacked = unpackBundle(obj.body, r.bundleType, dst).then(() => dst);
      this.env.bundleCache.set(cacheKey, unpacked);
    }
    let src: string;
    try {
      src = await unpacked;
    } catch (err) {
      return unknown(err instanceof BundleError ? err.message : String(err));
    }
    await fs.rm(this.archive, { recursive: true, force: true });
    await fs.mkdir(this.dir, { recursive: true });
    await fs.cp(src, this.archive, { recursive: true });
    return { ok: true, logTail: '' };
  }

  private async readAppSpec(archive: string): Promise<AppSpec> {
    for (const name of ['appspec.yml', 'appspec.yaml']) {
      const p = path.join(archive, name);
      if (await exists(p)) return parseAppSpec(await fs.readFile(p, 'utf8'));
    }
    throw new AppSpecError(msg.appSpecNotFound('appspec.yml', this.host.agentPath(archive)));
  }

  private async install(): Promise<EventOutcome> {
    let spec: AppSpec;
    try {
      spec = await this.readAppSpec(this.archive);
    } catch (err) {
      if (err instanceof AppSpecError) {
        // Install reads the file directly: a missing appspec is Ruby's ENOENT there.
        if (err.message.startsWith('The CodeDeploy agent did not find')) {
          return unknown(`No such file or directory @ rb_sysopen - ${this.host.agentPath(path.join(this.archive, 'appspec.yml'))}`);
        }
        return unknown(err.message);
      }
      throw err;
    }
    const unknownEvents = Object.keys(spec.hooks).filter((e) => !HOOK_EVENTS.has(e));
    if (unknownEvents.length) return unknown(msg.appSpecUnknownEvents('appspec.yml', unknownEvents));

    const id = this.host.id;
    const groupId = this.d.groupId;
    // The agent first removes what the previous Install of this group created.
    for (const p of this.host.installed.get(groupId) ?? []) await fs.rm(this.host.fsPath(p), { force: true });
    this.host.installed.delete(groupId);

    for (const f of this.env.faults.of('fileExists')) {
      if (f.instances && !f.instances.includes(id)) continue;
      const real = this.host.fsPath(f.path);
      if (!(await exists(real))) {
        await fs.mkdir(path.dirname(real), { recursive: true });
        await fs.writeFile(real, 'left behind by something other than CodeDeploy\n');
      }
    }
    const diskFull = this.env.faults.forInstance('diskFull', id, (f) => f.event === 'Install');
    const behavior = spec.fileExistsBehavior ?? this.d.fileExistsBehavior;
    const copies: Array<[string, string]> = [];
    for (const f of spec.files) {
      const src = path.join(this.archive, f.source);
      const st = await fs.stat(src).catch(() => undefined);
      if (!st) return unknown(`No such file or directory @ rb_file_s_stat - ${this.host.agentPath(src)}`);
      if (st.isDirectory()) await this.collect(src, f.destination, copies);
      else copies.push([src, path.posix.join(f.destination, path.basename(src))]);
    }
    const done: string[] = [];
    for (const [src, dest] of copies) {
      const real = this.host.fsPath(dest);
      if (await exists(real)) {
        if (behavior === 'DISALLOW') return unknown(msg.fileExists(dest));
        if (behavior === 'RETAIN') continue;
      }
      if (diskFull) return unknown(msg.noSpace('io_write', dest));
      await fs.mkdir(path.dirname(real), { recursive: true });
      await fs.copyFile(src, real);
      done.push(dest);
    }
    this.host.installed.set(groupId, done);
    this.host.lastSuccessful.set(groupId, this.dir);
    return { ok: true, logTail: '' };
  }

  private async collect(srcDir: string, destDir: string, out: Array<[string, string]>): Promise<void> {
    for (const entry of await fs.readdir(srcDir, { withFileTypes: true })) {
      const src = path.join(srcDir, entry.name);
      const dest = path.posix.join(destDir, entry.name);
      if (entry.isDirectory()) await this.collect(src, dest, out);
      else out.push([src, dest]);
    }
  }

  private async hooks(event: string): Promise<EventOutcome> {
    let archive = this.archive;
    if (FROM_LAST_SUCCESSFUL.has(event) && !(await exists(archive))) {
      const last = this.host.lastSuccessful.get(this.d.groupId);
      if (!last) return { ok: true, logTail: '' };
      archive = path.join(last, 'deployment-archive');
    }
    let spec: AppSpec;
    try {
      spec = await this.readAppSpec(archive);
    } catch (err) {
      if (err instanceof AppSpecError) return unknown(err.message);
      throw err;
    }
    const id = this.host.id;
    await fs.mkdir(this.host.scratch, { recursive: true });
    const r = this.d.revision;
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: this.host.scratch,
      LANG: 'C.UTF-8',
      LIFECYCLE_EVENT: event,
      DEPLOYMENT_ID: this.d.deploymentId,
      APPLICATION_NAME: this.d.applicationName,
      DEPLOYMENT_GROUP_NAME: this.d.groupName,
      DEPLOYMENT_GROUP_ID: this.d.groupId,
      BUNDLE_BUCKET: r.bucket,
      BUNDLE_KEY: r.key,
      ...(r.version ? { BUNDLE_VERSION: r.version } : {}),
      ...(r.eTag ? { BUNDLE_ETAG: r.eTag } : {}),
      // Not an agent variable: lets test scripts reach the simulated instance's filesystem.
      HOOKLINE_INSTANCE_ROOT: this.host.fsRoot,
    };
    return runHooks({
      event,
      appSpec: spec,
      archiveDir: archive,
      agentArchiveDir: this.host.agentPath(archive),
      cwd: this.host.scratch,
      env,
      timeScale: this.env.timeScale,
      timeoutFloorMs: this.env.hookTimeoutFloorMs,
      scripts: this.env.scripts,
      hang: !!this.env.faults.forInstance('scriptTimeout', id, (f) => f.event === event),
      chmodFails: !!this.env.faults.forInstance('scriptNotExecutable', id),
      ...(this.env.signal ? { signal: this.env.signal } : {}),
    });
  }
}
