import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import { requireServerPlatform } from '../../../src/compute/platform.js';
import { InputError } from '../../../src/settings/parse.js';

/** A client whose GetApplication answers with the given compute platform. */
const answering = (computePlatform: string) =>
  ({ send: async () => ({ application: { computePlatform } }) }) as unknown as CodeDeployClient;

describe('requireServerPlatform', () => {
  it.each([
    ['ECS', 'Amazon ECS'],
    ['Lambda', 'AWS Lambda'],
  ])('refuses mode: redeploy for a %s application by the input name, with what to use instead', async (platform, label) => {
    const err = await requireServerPlatform(answering(platform), 'web', 'redeploy').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe('mode');
    expect((err as Error).message).toBe(
      `Input 'mode: redeploy' does not apply here: application 'web' deploys to ${label}, and redeploy releases S3 revisions to ` +
        `EC2/on-premises deployment groups. Use mode: deploy (the default) for ${label}.`,
    );
  });

  it('lets an EC2/on-premises application through', async () => {
    await expect(requireServerPlatform(answering('Server'), 'shop', 'preview')).resolves.toBeUndefined();
  });
});
