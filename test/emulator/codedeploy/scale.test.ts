// 100 instances, one failing AfterInstall with ScriptMissing (the wall time is printed, not
// asserted: speed is measured by the bench, never by a timed test),
// and the failed target's diagnostics carry the resolved deployment-archive path.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BatchGetDeploymentTargetsCommand,
  CreateDeploymentCommand,
  ListDeploymentTargetsCommand,
  type InstanceTarget,
} from '@aws-sdk/client-codedeploy';
import { startEmulator, type Emulator } from '../index.js';
import { clients, makeZip, okBundleFiles, uploadBundle, waitForDeployment } from '../testkit.js';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const SCENARIO = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'scenarios', 'hundred.yml');

let emu: Emulator;
afterAll(async () => {
  await emu?.close();
});

test('100 instances with one ScriptMissing target: 99 succeed, the one failure is reported', async () => {
  emu = await startEmulator({ scenario: SCENARIO });
  const { s3, cd } = clients(emu);
  const group = emu.state.codedeploy.groups.get('fleet-app/fleet')!;
  const unlucky = group.instances[42]!;
  // The hook script exists in the bundle, except on one instance where it is deleted before AfterInstall
  // (BeforeInstall removes it there): a per-instance ScriptMissing while every instance really runs scripts.
  const files = okBundleFiles({
    'scripts/before.sh': `#!/bin/sh\nif [ "$(basename "$(dirname "$HOOKLINE_INSTANCE_ROOT")")" = "${unlucky}" ]; then rm "$(dirname "$0")/after.sh"; fi\n`,
  });
  const loc = await uploadBundle(s3, 'hookline-releases', 'fleet/1.zip', await makeZip(files));

  const started = Date.now();
  const { deploymentId } = await cd.send(
    new CreateDeploymentCommand({
      applicationName: 'fleet-app',
      deploymentGroupName: 'fleet',
      revision: { revisionType: 'S3', s3Location: loc },
    }),
  );
  const info = await waitForDeployment(cd, deploymentId!, { timeoutMs: 30000 });
  const wall = Date.now() - started;
  console.log(`100-instance deployment: ${wall} ms wall, overview ${JSON.stringify(info.deploymentOverview)}`);
  // AllAtOnce succeeds when at least one instance does; the one failure is still reported.
  expect(info.deploymentOverview).toMatchObject({ Succeeded: 99, Failed: 1 });

  const failed = (await cd.send(new ListDeploymentTargetsCommand({ deploymentId, targetFilters: { TargetStatus: ['Failed'] } })))
    .targetIds!;
  expect(failed).toEqual([unlucky]);
  const [target] = (await cd.send(new BatchGetDeploymentTargetsCommand({ deploymentId, targetIds: failed }))).deploymentTargets!.map(
    (t) => t.instanceTarget as InstanceTarget,
  );
  const e = target!.lifecycleEvents!.find((x) => x.status === 'Failed')!;
  expect(e.lifecycleEventName).toBe('AfterInstall');
  expect(e.diagnostics).toMatchObject({
    errorCode: 'ScriptMissing',
    scriptName: 'scripts/after.sh',
    message: `Script does not exist at specified location: /opt/codedeploy-agent/deployment-root/${group.id}/${deploymentId}/deployment-archive/scripts/after.sh`,
  });
}, 30000);
