// The CodeDeploy release asks the application which compute platform it deploys to; ECS and Lambda
// go to flows/compute.ts (loaded, with its ECS/Lambda SDK clients, only then).
import { createClient } from '../aws/clients.js';
import { checkInputs, detectPlatform } from '../compute/platform.js';
import type { RunContext } from '../github/context.js';
import type { CodeDeploySettings } from '../settings/index.js';
import type { FlowDeps } from './codedeploy.js';

/** True when the application is ECS or Lambda and its release ran here; false for EC2/on-premises. */
export async function releasedAsCompute(s: CodeDeploySettings, ctx: RunContext, deps: FlowDeps): Promise<boolean> {
  const client = await createClient('codedeploy', { region: s.region });
  const platform = await detectPlatform(client, s.application, deps.signal);
  if (platform === 'Server') {
    checkInputs(platform, {
      application: s.application,
      compute: s.compute,
      s3Bucket: s.s3Bucket,
      fileExistsBehavior: s.fileExistsBehavior ?? '',
      ignoreApplicationStopFailures: s.ignoreApplicationStopFailures,
    });
    return false;
  }
  const { releaseCompute } = await import('./compute.js');
  await releaseCompute(s, ctx, deps, client, platform);
  return true;
}
