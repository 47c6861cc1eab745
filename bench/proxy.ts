// A recording proxy in front of the emulator: the process under test talks to it through
// AWS_ENDPOINT_URL, and it notes when each request arrived (for cold start: process start → first
// AWS request) and, for CodeDeploy GetDeployment, the status and overview it answered (to check
// that targets are read only after the overview changed).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedCall {
  /** performance.now() of this process when the request's headers arrived. */
  at: number;
  /** When the answer was complete. */
  doneAt: number;
  service: 'codedeploy' | 'beanstalk' | 's3';
  operation: string;
  /** GetDeployment only. */
  status?: string;
  overview?: string;
}

export interface RecordingProxy {
  url: string;
  calls: ProxiedCall[];
  reset(): void;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<RecordingProxy> {
  const up = new URL(target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const calls: ProxiedCall[] = [];
  const server = http.createServer((req, res) => {
    const at = performance.now();
    const amzTarget = String(req.headers['x-amz-target'] ?? '');
    const service: ProxiedCall['service'] = amzTarget.startsWith('CodeDeploy_')
      ? 'codedeploy'
      : String(req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')
        ? 'beanstalk'
        : 's3';
    const operation =
      service === 'codedeploy'
        ? (amzTarget.split('.')[1] ?? '?')
        : service === 's3'
          ? `${req.method} ${req.url?.includes('uploadId') ? 'part' : 'object'}`
          : 'query';
    const call: ProxiedCall = { at, doneAt: at, service, operation };
    calls.push(call);
    const upstream = http.request(
      { host: up.hostname, port: up.port, method: req.method, path: req.url, headers: req.headers, agent },
      (ures) => {
        res.writeHead(ures.statusCode ?? 502, ures.headers);
        if (operation !== 'GetDeployment') {
          ures.pipe(res);
          ures.on('end', () => (call.doneAt = performance.now()));
          return;
        }
        const chunks: Buffer[] = [];
        ures.on('data', (c: Buffer) => chunks.push(c));
        ures.on('end', () => {
          const body = Buffer.concat(chunks);
          try {
            const info = (JSON.parse(body.toString('utf8')) as { deploymentInfo?: { status?: string; deploymentOverview?: unknown } })
              .deploymentInfo;
            call.status = info?.status;
            call.overview = JSON.stringify(info?.deploymentOverview ?? {});
          } catch {
            // not JSON: an error answer
          }
          call.doneAt = performance.now();
          res.end(body);
        });
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    reset: () => void (calls.length = 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}
