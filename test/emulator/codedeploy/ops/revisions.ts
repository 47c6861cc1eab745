// Application revisions: RegisterApplicationRevision, GetApplicationRevision,
// ListApplicationRevisions, BatchGetApplicationRevisions; and the bookkeeping a deployment does
// on its revision (firstUsedTime, lastUsedTime, deploymentGroups).
import { cdErr } from '../errors.js';
import { app, description, paged, revision } from '../lookup.js';
import { revisionKey, type CodeDeployState, type RevisionState, type S3Revision } from '../model.js';
import * as wire from '../wire.js';
import type { OpContext, Operations, Output } from './context.js';

/** The registered revision a location names; version and eTag match only when given. */
export function findRevision(state: CodeDeployState, appName: string, r: S3Revision): RevisionState | undefined {
  const exact = state.revisions.get(revisionKey(appName, r));
  if (exact) return exact;
  return [...state.revisions.values()].find(
    (x) =>
      x.applicationName === appName &&
      x.location.bucket === r.bucket &&
      x.location.key === r.key &&
      (!r.version || x.location.version === r.version) &&
      (!r.eTag || x.location.eTag === r.eTag),
  );
}

/** A deployment registers its revision when needed and marks it used by the group. */
export function touchRevision(state: CodeDeployState, now: number, appName: string, r: S3Revision, groupName?: string): void {
  let rs = findRevision(state, appName, r);
  if (!rs) {
    rs = { applicationName: appName, location: r, registerTime: now, deploymentGroups: new Set() };
    state.revisions.set(revisionKey(appName, r), rs);
  }
  if (groupName) {
    rs.firstUsedTime ??= now;
    rs.lastUsedTime = now;
    rs.deploymentGroups.add(groupName);
  }
}

export function revisionOperations(c: OpContext): Operations {
  const { state } = c;
  const ops: Operations = {
    RegisterApplicationRevision(input) {
      const appName = app(state, input);
      const r = revision(input);
      const text = description(input);
      const existing = findRevision(state, appName, r);
      if (existing) {
        if (text !== undefined) existing.description = text;
      } else {
        state.revisions.set(revisionKey(appName, r), {
          applicationName: appName,
          location: r,
          registerTime: c.emu.clock.now(),
          deploymentGroups: new Set(),
          ...(text !== undefined ? { description: text } : {}),
        });
      }
      return {};
    },

    GetApplicationRevision(input) {
      const appName = app(state, input);
      const r = revision(input);
      const rs = findRevision(state, appName, r);
      if (!rs)
        throw cdErr(
          'RevisionDoesNotExistException',
          `No application revision found for revision (bucket: ${r.bucket}, key: ${r.key}, bundleType: ${r.bundleType}${r.eTag ? `, eTag: ${r.eTag}` : ''}${r.version ? `, version: ${r.version}` : ''})`,
        );
      return {
        applicationName: appName,
        revision: wire.revisionLocation(rs.location),
        revisionInfo: wire.compact({
          description: rs.description,
          deploymentGroups: [...rs.deploymentGroups],
          firstUsedTime: wire.epoch(rs.firstUsedTime),
          lastUsedTime: wire.epoch(rs.lastUsedTime),
          registerTime: wire.epoch(rs.registerTime),
        }),
      };
    },

    ListApplicationRevisions(input) {
      const appName = app(state, input);
      const revs = [...state.revisions.values()].filter((r) => r.applicationName === appName);
      const order = input.sortOrder === 'descending' ? -1 : 1;
      const by = (input.sortBy as string | undefined) ?? 'registerTime';
      const key = (r: RevisionState): number =>
        (by === 'firstUsedTime' ? r.firstUsedTime : by === 'lastUsedTime' ? r.lastUsedTime : r.registerTime) ?? 0;
      revs.sort((a, b) => (key(a) - key(b)) * order);
      const bucket = input.s3Bucket as string | undefined;
      const prefix = input.s3KeyPrefix as string | undefined;
      const filtered = revs.filter((r) => (!bucket || r.location.bucket === bucket) && (!prefix || r.location.key.startsWith(prefix)));
      return paged(
        'revisions',
        filtered.map((r) => wire.revisionLocation(r.location)),
        input,
        c.settings.pageSize,
      );
    },

    async BatchGetApplicationRevisions(input) {
      const appName = app(state, input);
      const revisions = input.revisions as unknown[] | undefined;
      if (!Array.isArray(revisions) || revisions.length === 0) throw cdErr('RevisionRequiredException', 'A revision must be specified.');
      const infos: Output[] = [];
      for (const r of revisions) {
        const one = (await ops.GetApplicationRevision!({ applicationName: appName, revision: r })) as {
          revision: Output;
          revisionInfo: Output;
        };
        infos.push({ revisionLocation: one.revision, genericRevisionInfo: one.revisionInfo });
      }
      return { applicationName: appName, revisions: infos };
    },
  };
  return ops;
}
