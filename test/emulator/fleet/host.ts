// One simulated EC2 instance: its own directory tree standing in for the disk
// (<workDir>/instances/<id>/deployment-root is the agent's /opt/codedeploy-agent/deployment-root,
// <workDir>/instances/<id>/fs is "/" for appspec `files:` destinations), plus what the agent
// remembers between deployments (last successful install per group, files to clean up).
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { InlineFile } from '../scenario.js';
import { AGENT_DEPLOYMENT_ROOT } from './messages.js';

export class InstanceHost {
  readonly root: string;
  readonly deploymentRoot: string;
  readonly fsRoot: string;
  readonly scratch: string;
  /** groupId → real deployment directory of the last successful Install (the agent's *_last_successful_install). */
  readonly lastSuccessful = new Map<string, string>();
  /** groupId → instance paths the last Install created (the agent's <group>-cleanup file). */
  readonly installed = new Map<string, string[]>();
  private readonly seeded = new Set<string>();

  constructor(
    readonly id: string,
    workDir: string,
  ) {
    this.root = path.join(workDir, 'instances', id);
    this.deploymentRoot = path.join(this.root, 'deployment-root');
    this.fsRoot = path.join(this.root, 'fs');
    this.scratch = path.join(this.root, 'scratch');
  }

  deploymentDir(groupId: string, deploymentId: string): string {
    return path.join(this.deploymentRoot, groupId, deploymentId);
  }

  /** A real path under deployment-root as the agent would print it. */
  agentPath(real: string): string {
    const rel = path.relative(this.deploymentRoot, real);
    return rel.startsWith('..') ? real : path.posix.join(AGENT_DEPLOYMENT_ROOT, ...rel.split(path.sep));
  }

  /** An absolute path on the instance (e.g. /var/www/html/index.html) → its real location here. */
  fsPath(instancePath: string): string {
    return path.join(this.fsRoot, instancePath);
  }

  /** Lay down a scenario's "previous revision" as if an earlier deployment had installed it. */
  async seedPrevious(groupId: string, prev: { deploymentId: string; files: Record<string, InlineFile> }): Promise<void> {
    const key = `${groupId}/${prev.deploymentId}`;
    if (this.seeded.has(key) || this.lastSuccessful.has(groupId)) return;
    this.seeded.add(key);
    const dir = this.deploymentDir(groupId, prev.deploymentId);
    const archive = path.join(dir, 'deployment-archive');
    for (const [name, f] of Object.entries(prev.files)) {
      const target = path.join(archive, name);
      await fs.mkdir(path.dirname(target), { recursive: true });
      const content = typeof f === 'string' ? f : f.content;
      const mode = typeof f === 'string' ? (/\.(sh|bash|py|rb)$/.test(name) ? 0o755 : 0o644) : parseMode(f.mode);
      await fs.writeFile(target, content);
      await fs.chmod(target, mode);
    }
    this.lastSuccessful.set(groupId, dir);
  }
}

function parseMode(m: number | string | undefined): number {
  if (m === undefined) return 0o644;
  if (typeof m === 'number') return m;
  return parseInt(m, 8);
}

/** All instances of one emulator run, created on first use. */
export class Fleet {
  private readonly hosts = new Map<string, InstanceHost>();
  constructor(private readonly workDir: string) {}

  host(id: string): InstanceHost {
    let h = this.hosts.get(id);
    if (!h) {
      h = new InstanceHost(id, this.workDir);
      this.hosts.set(id, h);
    }
    return h;
  }
}
