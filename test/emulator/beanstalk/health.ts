// Events and health: DescribeEvents, DescribeEnvironmentHealth, DescribeInstancesHealth.
import { paginate, type BeanstalkCore, type Operations } from './core.js';
import { SEVERITY_ORDER, eventXml, type EnvironmentRec, type Severity } from './model.js';
import { Codes, EbError, type QueryParams, type XmlObject } from './protocol.js';

export function healthOperations(c: BeanstalkCore): Operations {
  return {
    DescribeEvents: (p) => describeEvents(c, p),
    DescribeEnvironmentHealth: (p) => describeEnvironmentHealth(c, p),
    DescribeInstancesHealth: (p) => describeInstancesHealth(c, p),
  };
}

/** The enhanced-health operations answer a missing environment with InvalidRequestException. */
function healthEnv(c: BeanstalkCore, p: QueryParams): EnvironmentRec {
  if (!p.str('EnvironmentId') && !p.str('EnvironmentName')) {
    throw new EbError(Codes.InvalidRequest, 'Either EnvironmentId or EnvironmentName must be specified.');
  }
  try {
    return c.env(p);
  } catch (e) {
    if (e instanceof EbError && e.code === Codes.InvalidParameterValue) throw new EbError(Codes.InvalidRequest, e.message);
    throw e;
  }
}

function wanted(p: QueryParams): (attribute: string) => boolean {
  const attrs = new Set(p.list('AttributeNames'));
  const all = attrs.has('All');
  return (a) => all || attrs.has(a);
}

function describeEnvironmentHealth(c: BeanstalkCore, p: QueryParams): XmlObject {
  const env = healthEnv(c, p);
  const want = wanted(p);
  const counts: Record<string, number> = { NoData: 0, Unknown: 0, Pending: 0, Ok: 0, Info: 0, Warning: 0, Degraded: 0, Severe: 0 };
  for (const i of env.instances) counts[i.healthStatus] = (counts[i.healthStatus] ?? 0) + 1;
  // As AWS: without AttributeNames only the environment's name comes back.
  return {
    EnvironmentName: env.name,
    HealthStatus: want('HealthStatus') ? env.healthStatus : undefined,
    Status: want('Status') ? env.status : undefined,
    Color: want('Color') ? env.health : undefined,
    Causes: want('Causes') ? env.causes : undefined,
    ApplicationMetrics: want('ApplicationMetrics') ? { Duration: 10, RequestCount: 0 } : undefined,
    InstancesHealth: want('InstancesHealth') ? counts : undefined,
    RefreshedAt: want('RefreshedAt') ? new Date(c.now()) : undefined,
  };
}

function describeInstancesHealth(c: BeanstalkCore, p: QueryParams): XmlObject {
  const env = healthEnv(c, p);
  const want = wanted(p);
  return {
    InstanceHealthList: env.instances.map((i) => ({
      InstanceId: i.id,
      HealthStatus: want('HealthStatus') ? i.healthStatus : undefined,
      Color: want('Color') ? i.color : undefined,
      Causes: want('Causes') ? i.causes : undefined,
      LaunchedAt: want('LaunchedAt') ? new Date(i.launchedAt) : undefined,
      Deployment:
        want('Deployment') && i.deploymentId !== undefined
          ? {
              VersionLabel: i.versionLabel,
              DeploymentId: i.deploymentId,
              Status: i.deploymentStatus,
              DeploymentTime: i.deploymentTime !== undefined ? new Date(i.deploymentTime) : undefined,
            }
          : undefined,
      AvailabilityZone: want('AvailabilityZone') ? i.az : undefined,
      InstanceType: want('InstanceType') ? i.type : undefined,
    })),
    RefreshedAt: want('RefreshedAt') ? new Date(c.now()) : undefined,
  };
}

function describeEvents(c: BeanstalkCore, p: QueryParams): XmlObject {
  const f = {
    app: p.str('ApplicationName'),
    version: p.str('VersionLabel'),
    template: p.str('TemplateName'),
    envId: p.str('EnvironmentId'),
    envName: p.str('EnvironmentName'),
    requestId: p.str('RequestId'),
    severity: p.str('Severity') as Severity | undefined,
    start: p.date('StartTime'),
    end: p.date('EndTime'),
  };
  const minSev = f.severity ? SEVERITY_ORDER.indexOf(f.severity) : -1;
  const list = c.events
    .filter((e) => {
      if (f.app && e.application !== f.app) return false;
      if (f.version && e.versionLabel !== f.version) return false;
      if (f.template && e.templateName !== f.template) return false;
      if (f.envId && e.environmentId !== f.envId) return false;
      if (f.envName && e.environmentName !== f.envName) return false;
      if (f.requestId && e.requestId !== f.requestId) return false;
      if (minSev >= 0 && SEVERITY_ORDER.indexOf(e.severity) < minSev) return false;
      if (f.start !== undefined && e.date < f.start) return false;
      if (f.end !== undefined && e.date >= f.end) return false;
      return true;
    })
    .sort((a, b) => b.date - a.date);
  const { page, next } = paginate(list, p);
  return { Events: page.map(eventXml), NextToken: next };
}
