// SwapEnvironmentCNAMEs: both environments go Updating, then trade CNAMEs (and so live URLs).
import type { BeanstalkCore, Operations } from './core.js';
import { publishLive } from './live.js';
import type { Operation } from './model.js';
import { Codes, EbError, type QueryParams } from './protocol.js';

export function swapOperations(c: BeanstalkCore): Operations {
  return { SwapEnvironmentCNAMEs: (p, r) => swapEnvironmentCnames(c, p, r) };
}

function swapEnvironmentCnames(c: BeanstalkCore, p: QueryParams, requestId: string): undefined {
  const src = c.env(p, 'SourceEnvironmentId', 'SourceEnvironmentName');
  const dst = c.env(p, 'DestinationEnvironmentId', 'DestinationEnvironmentName');
  if (src === dst) throw new EbError(Codes.InvalidParameterValue, 'The source and destination environments must be different.');
  c.mustBeReady(src);
  c.mustBeReady(dst);
  const ops = [src, dst].map((env) => {
    const op: Operation = { kind: 'swap', abortable: false, controller: new AbortController(), requestId };
    env.op = op;
    env.status = 'Updating';
    c.envEvent(env, 'INFO', 'swapEnvironmentCNAMEs is starting.', requestId);
    c.envEvent(env, 'INFO', `Swapping CNAMEs for environments '${src.name}' and '${dst.name}'.`, requestId);
    return op;
  });
  c.track(
    (async () => {
      await c.sleep(c.timing.swap);
      if (src.op !== ops[0] || dst.op !== ops[1]) return;
      const [cname, prefix] = [src.cname, src.cnamePrefix];
      src.cname = dst.cname;
      src.cnamePrefix = dst.cnamePrefix;
      dst.cname = cname;
      dst.cnamePrefix = prefix;
      for (const env of [src, dst]) {
        env.op = undefined;
        env.status = 'Ready';
        env.updated = c.now();
        publishLive(c, env);
        c.envEvent(env, 'INFO', `'${env.cname}' now points to '${env.endpointUrl}'.`, requestId);
        c.envEvent(env, 'INFO', `Completed swapping CNAMEs for environments '${src.name}' and '${dst.name}'.`, requestId);
      }
    })(),
  );
  return undefined;
}
