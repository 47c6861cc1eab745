import { clientConfig, createClient } from '../../../src/aws/clients.js';
import { VERSION } from '../../../src/version.js';

describe('createClient', () => {
  it('configures region, retries and the user agent', async () => {
    expect(clientConfig({ region: 'eu-west-1', maxAttempts: 0, userAgent: 'cli' })).toEqual({
      region: 'eu-west-1',
      maxAttempts: 1,
      retryMode: 'standard',
      customUserAgent: [
        ['hookline', VERSION],
        ['cli', ''],
      ],
      requestHandler: { connectionTimeout: 5000, socketTimeout: 30_000, requestTimeout: 30_000, throwOnRequestTimeout: true },
    });
    expect(clientConfig()).toMatchObject({ maxAttempts: 5, retryMode: 'standard', customUserAgent: [['hookline', VERSION]] });
    // S3 parts may take minutes on a slow link: bounded by socket inactivity, not by a whole-request limit.
    expect(clientConfig({}, 's3').requestHandler).toEqual({ connectionTimeout: 5000, socketTimeout: 30_000, throwOnRequestTimeout: true });
    const cd = await createClient('codedeploy', { region: 'us-west-2', maxAttempts: 1, retryMode: 'adaptive' });
    expect(await cd.config.region()).toBe('us-west-2');
    expect(await cd.config.maxAttempts()).toBe(1);
    expect(cd.constructor.name).toBe('CodeDeployClient');
    cd.destroy();
    const eb = await createClient('beanstalk', { region: 'us-west-2' });
    expect(eb.constructor.name).toBe('ElasticBeanstalkClient');
    eb.destroy();
    const ecs = await createClient('ecs', { region: 'us-west-2' });
    const lambda = await createClient('lambda', { region: 'us-west-2' });
    expect([ecs.constructor.name, lambda.constructor.name, await lambda.config.maxAttempts()]).toEqual(['ECSClient', 'LambdaClient', 5]);
    ecs.destroy();
    lambda.destroy();
  });
});
