// Where a hook `location` leads on the instance. The agent joins it to
// /opt/codedeploy-agent/deployment-root/<group-id>/<deployment-id>/deployment-archive (a leading
// '/' is ignored). Climbing with '..' up to three levels stays inside deployment-root, where
// Install never copies a file; climbing further reaches the rest of the file system, which works
// on the Ruby agent only by accident and is refused by agent 2.1.0 and later ("AppSpec file paths
// that resolve outside the application revision directory are now rejected").

/** deployment-archive's folders below /, for the agent's default root_dir. */
const ARCHIVE = ['opt', 'codedeploy-agent', 'deployment-root', '<deployment-group-id>', '<deployment-id>', 'deployment-archive'];
/** Levels of '..' that stay inside deployment-root. */
export const LEVELS_INSIDE_ROOT = 3;

export interface ResolvedLocation {
  /** Path inside the bundle (relative to its root) when the location stays inside. */
  rel?: string;
  /** Where the location leads on the instance when it climbs out of deployment-archive. */
  outside?: string;
  /** Levels of '..' above deployment-archive (0 when it stays inside). */
  up: number;
  climbs: boolean;
}

export function resolveLocation(location: string, os: string): ResolvedLocation {
  const parts = (os === 'windows' ? location.replace(/\\/g, '/') : location).split('/');
  const stack: string[] = [];
  let up = 0;
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (stack.length) stack.pop();
      else up++;
    } else {
      stack.push(part);
    }
  }
  // `../deployment-archive/x.sh` climbs out and straight back in.
  if (up === 1 && stack[0] === 'deployment-archive' && stack.length > 1) return { rel: stack.slice(1).join('/'), up: 0, climbs: false };
  if (up === 0) return { rel: stack.join('/'), up, climbs: false };
  const base = ARCHIVE.slice(0, Math.max(0, ARCHIVE.length - up));
  const outside = `/${[...base, ...stack].join('/')}`;
  return {
    outside: up > LEVELS_INSIDE_ROOT ? outside : outside.replace('/opt/codedeploy-agent/deployment-root', '<deployment-root>'),
    up,
    climbs: true,
  };
}

/** The message tail for a location that climbs: why it cannot work, by how far it climbs. */
export function climbReason(resolved: ResolvedLocation): { severity: 'error' | 'warning'; text: string } {
  if (resolved.up <= LEVELS_INSIDE_ROOT) {
    return {
      severity: 'error',
      text: `climbs ${resolved.up} level${resolved.up > 1 ? 's' : ''} out of the bundle with '..', to ${resolved.outside ?? ''}: a folder of the agent's own where Install never copies a file, so the script is never found (ScriptMissing).`,
    };
  }
  return {
    severity: 'warning',
    text: `climbs out of the bundle with '..' to ${resolved.outside ?? ''} on the instance. It works only by accident of the Install step having copied the file there, and fails on the first deployment to a fresh instance (and in every hook that runs before Install); CodeDeploy agent 2.1.0 and later refuse any AppSpec path that resolves outside the revision directory.`,
  };
}
