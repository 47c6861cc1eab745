// Instance logs as AWS hands them out: RequestEnvironmentInfo (tail or bundle) then
// RetrieveEnvironmentInfo, whose messages are presigned-looking URLs served by the front.
import { hex, type BeanstalkCore, type Operations } from './core.js';
import { LOG_FILES } from './logs.js';
import { Codes, EbError, type QueryParams, type XmlObject } from './protocol.js';
import { zipFiles } from './zip.js';

export function environmentInfoOperations(c: BeanstalkCore): Operations {
  return {
    RequestEnvironmentInfo: (p, r) => requestEnvironmentInfo(c, p, r),
    RetrieveEnvironmentInfo: (p) => retrieveEnvironmentInfo(c, p),
  };
}

function infoType(p: QueryParams): 'tail' | 'bundle' {
  const type = p.str('InfoType');
  if (type !== 'tail' && type !== 'bundle') {
    throw new EbError(
      Codes.InvalidParameterValue,
      `Value ${type ?? 'null'} at 'infoType' failed to satisfy constraint: Member must satisfy enum value set: [tail, bundle]`,
    );
  }
  return type;
}

function requestEnvironmentInfo(c: BeanstalkCore, p: QueryParams, requestId: string): undefined {
  const env = c.env(p);
  const type = infoType(p);
  c.envEvent(env, 'INFO', 'requestEnvironmentInfo is starting.', requestId);
  c.track(
    (async () => {
      await c.sleep(c.timing.tailLogs);
      if (c.closing.signal.aborted) return;
      for (const i of env.instances) {
        const at = c.now();
        const file = type === 'tail' ? `TailLogs-${at}.out` : `BundleLogs-${at}.zip`;
        const path = `/_hookline/eb/logs/${type}/${env.id}/${i.id}/${file}`;
        const body =
          type === 'tail' ? i.logs.tail() : await zipFiles(Object.fromEntries(LOG_FILES.map((f) => [f.slice(1), i.logs.text(f)])));
        const url = c.ctx.serveInternal(path, body, type === 'tail' ? 'text/plain; charset=utf-8' : 'application/zip');
        c.info.push({ infoType: type, instanceId: i.id, sampleTimestamp: at, url: presigned(c, url, at), environmentId: env.id });
      }
      c.envEvent(env, 'INFO', 'requestEnvironmentInfo completed successfully.', requestId);
    })(),
  );
  return undefined;
}

/** The URL with the query of an S3 presigned GET, as the messages AWS returns carry. */
function presigned(c: BeanstalkCore, url: string, at: number): string {
  const sep = url.includes('?') ? '&' : '?';
  return (
    `${url}${sep}X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${new Date(at).toISOString().replace(/[-:]|\.\d{3}/g, '')}` +
    `&X-Amz-SignedHeaders=host&X-Amz-Expires=900&X-Amz-Credential=ASIAEMULATOR%2F${c.region}%2Fs3%2Faws4_request` +
    `&X-Amz-Signature=${hex(64)}`
  );
}

function retrieveEnvironmentInfo(c: BeanstalkCore, p: QueryParams): XmlObject {
  const env = c.env(p);
  const type = infoType(p);
  const list = c.info.filter((e) => e.environmentId === env.id && e.infoType === type);
  return {
    EnvironmentInfo: list.map((e) => ({
      InfoType: e.infoType,
      Ec2InstanceId: e.instanceId,
      SampleTimestamp: new Date(e.sampleTimestamp),
      Message: e.url,
    })),
  };
}
