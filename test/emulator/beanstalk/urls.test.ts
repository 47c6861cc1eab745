// Environment URLs on the emulator's port: a request whose Host is an environment's CNAME is
// answered as that environment's app, so checking the live URL after a CNAME swap can be tested.
import { request } from 'node:http';
import { DescribeEnvironmentsCommand, SwapEnvironmentCNAMEsCommand } from '@aws-sdk/client-elastic-beanstalk';
import { startEmulator, type Emulator, type ScenarioInput } from '../index.js';
import { waitFor } from './testkit.js';

const PROD = 'shop-prod.us-east-1.elasticbeanstalk.com';
const IDLE = 'shop-idle.us-east-1.elasticbeanstalk.com';

const scenario: ScenarioInput = {
  timeScale: 0.001,
  beanstalk: {
    timing: { swap: 3 },
    applications: [{ name: 'shop', versions: [{ label: 'blue-v' }, { label: 'green-v' }] }],
    environments: [
      { name: 'shop-blue', application: 'shop', cname: 'shop-prod', versionLabel: 'blue-v', instances: 2 },
      { name: 'shop-green', application: 'shop', cname: 'shop-idle', versionLabel: 'green-v' },
      { name: 'shop-broken', application: 'shop', cname: 'shop-broken', versionLabel: 'blue-v', faults: { appStatus: 500 } },
      { name: 'shop-new', application: 'shop', cname: 'shop-new', status: 'Launching', health: 'Grey', healthStatus: 'Pending' },
    ],
  },
};

/** GET / on the emulator's port with this Host header, as a browser resolving the CNAME would send it. */
function get(
  em: Emulator,
  host: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${em.endpoint}/`, { headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('environment URLs by Host header', () => {
  let em: Emulator;
  beforeAll(async () => {
    em = await startEmulator({ scenario });
  });
  afterAll(() => em.close());

  test('the CNAME answers with its environment and running version; after a swap, with the other one', async () => {
    const before = await get(em, PROD);
    expect(before.status).toBe(200);
    expect(before.text).toContain('environment: shop-blue\n');
    expect(before.text).toContain('x-hookline-version: blue-v\n');
    // A port in the Host header (curl --resolve, a browser on a non-default port) names the same site.
    expect((await get(em, `${IDLE}:8080`)).text).toContain('environment: shop-green\n');

    const eb = em.client('beanstalk');
    await eb.send(new SwapEnvironmentCNAMEsCommand({ SourceEnvironmentName: 'shop-green', DestinationEnvironmentName: 'shop-blue' }));
    await waitFor('swap done', async () => {
      const r = await eb.send(new DescribeEnvironmentsCommand({ EnvironmentNames: ['shop-blue', 'shop-green'] }));
      return r.Environments?.every((e) => e.Status === 'Ready') ? true : undefined;
    });

    const after = await get(em, PROD);
    expect(after.status).toBe(200);
    expect(after.text).toContain('environment: shop-green\n');
    expect(after.text).toContain('x-hookline-version: green-v\n');
    expect((await get(em, IDLE)).text).toContain('environment: shop-blue\n');
  });

  test('an app that fails its requests, or an environment still launching, answers non-2xx', async () => {
    const broken = await get(em, 'shop-broken.us-east-1.elasticbeanstalk.com');
    expect(broken.status).toBe(500);
    expect(broken.text).toContain('environment: shop-broken\n');
    const launching = await get(em, 'shop-new.us-east-1.elasticbeanstalk.com');
    expect(launching.status).toBe(503);
    expect(launching.text).toContain('environment shop-new is Launching');
  });

  test('an unknown host is not mistaken for an app', async () => {
    // No environment has this CNAME: 404, as an unresolvable name would fail, never another environment's page.
    const gone = await get(em, 'shop-old.us-east-1.elasticbeanstalk.com');
    expect(gone.status).toBe(404);
    expect(gone.headers['x-hookline-environment']).toBeUndefined();
    expect(gone.text).not.toContain('environment: ');
    // Any other host is the AWS API (here S3, for an unsigned GET /), not an app.
    for (const host of ['example.com', new URL(em.endpoint).host]) {
      const api = await get(em, host);
      expect(api.headers['x-hookline-environment']).toBeUndefined();
      expect(api.text).toMatch(/^<\?xml/);
    }
  });
});
