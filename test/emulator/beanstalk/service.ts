// The Elastic Beanstalk service of the emulator: wires the operation modules to the awsQuery
// protocol. Find an operation by its group:
//   applications.ts      CreateStorageLocation, CreateApplication, DescribeApplications, *ApplicationVersion*
//   environments.ts      Create/Update/Describe/TerminateEnvironment, AbortEnvironmentUpdate (rollout.ts runs them)
//   configuration.ts     DescribeConfigurationSettings, DescribeConfigurationOptions (options.ts)
//   health.ts            DescribeEvents, DescribeEnvironmentHealth, DescribeInstancesHealth
//   environment-info.ts  RequestEnvironmentInfo, RetrieveEnvironmentInfo (tail and bundle logs)
//   swap.ts              SwapEnvironmentCNAMEs
//   reads.ts             the other read operations (platforms, resources, DNS, tags, …)
// Shared state and lookups are in core.ts; the live page of each CNAME in live.ts.
import type { EmulatorContext, ServiceRequest, ServiceResponse } from '../types.js';
import { applicationOperations } from './applications.js';
import { configurationOperations } from './configuration.js';
import { ServiceFaultGate, instanceLogs, setEnvironmentFault, snapshot, type BeanstalkSnapshot, type ServiceFaults } from './controls.js';
import { BeanstalkCore, type Operations } from './core.js';
import { environmentInfoOperations } from './environment-info.js';
import { environmentOperations } from './environments.js';
import { healthOperations } from './health.js';
import { liveResponse, type LiveResponse } from './live.js';
import { loadScenario } from './load.js';
import type { CallRecord } from './model.js';
import { Codes, EbError, QueryParams, errorResponse, newRequestId, xmlResponse } from './protocol.js';
import { beanstalkReadOperations } from './reads.js';
import { type BeanstalkEnvironmentFaults, type BeanstalkScenario, type Timing, checkScenario } from './scenario.js';
import { swapOperations } from './swap.js';

export class BeanstalkService {
  readonly calls: CallRecord[] = [];
  private readonly core: BeanstalkCore;
  private readonly handlers: Operations;
  private readonly faults: ServiceFaultGate;
  private readonly ready: Promise<void>;

  constructor(
    private readonly ctx: EmulatorContext,
    scenario: BeanstalkScenario | undefined,
  ) {
    const c = new BeanstalkCore(ctx, checkScenario(scenario));
    this.core = c;
    this.faults = new ServiceFaultGate(c);
    this.handlers = {
      ...applicationOperations(c),
      ...environmentOperations(c),
      ...configurationOperations(c),
      ...healthOperations(c),
      ...environmentInfoOperations(c),
      ...swapOperations(c),
      ...beanstalkReadOperations({
        region: c.region,
        accountId: c.accountId,
        now: () => c.now(),
        app: (name) => c.app(name),
        env: (p) => c.env(p),
        liveEnvs: () => c.liveEnvs(),
        platformBranches: c.scenario.platformBranches,
      }),
    };
    this.ready = loadScenario(c);
  }

  get region(): string {
    return this.core.region;
  }

  get accountId(): string {
    return this.core.accountId;
  }

  get timing(): Timing {
    return this.core.timing;
  }

  get storageBucket(): string {
    return this.core.storageBucket;
  }

  async handle(req: ServiceRequest): Promise<ServiceResponse> {
    await this.ready;
    const requestId = newRequestId();
    const params = QueryParams.parse(req.body);
    for (const [k, v] of req.query) if (!params.raw.has(k)) params.raw.set(k, v);
    const action = params.action;
    const record: CallRecord = { at: this.ctx.clock.now(), operation: action, params: Object.fromEntries(params.raw.entries()), requestId };
    this.calls.push(record);
    try {
      const handler = this.handlers[action];
      if (!handler) throw new EbError(Codes.InvalidAction, `Could not find operation ${action} for version 2010-12-01`);
      this.faults.check(action);
      return xmlResponse(action, await handler(params, requestId), requestId);
    } catch (e) {
      const err = e instanceof EbError ? e : new EbError('InternalFailure', (e as Error).message, 500, 'Receiver');
      record.error = err.code;
      return errorResponse(err, requestId);
    }
  }

  async close(): Promise<void> {
    this.core.closing.abort();
    for (const env of this.core.envs) env.op?.controller.abort();
    await Promise.allSettled([...this.core.tasks]);
  }

  /** Resolves when no background operation (deploy, launch, swap, processing, logs) is running. */
  async idle(): Promise<void> {
    while (this.core.tasks.size > 0) await Promise.allSettled([...this.core.tasks]);
  }

  /** What `http://<host>/` answers when the host is an environment's URL (null otherwise). */
  async liveResponse(host: string): Promise<LiveResponse | null> {
    await this.ready;
    return liveResponse(this.core, host);
  }

  /** Change an environment's faults while running (merged into its scenario faults). */
  setFault(environmentName: string, faults: BeanstalkEnvironmentFaults): void {
    setEnvironmentFault(this.core, environmentName, faults);
  }

  /** Change the service-wide faults (throttling, privileges, bucket regions) while running. */
  setServiceFaults(faults: ServiceFaults): void {
    this.faults.set(faults);
  }

  /** The tail text of each instance right now (what a tail request would return). */
  instanceLogs(environmentName: string): Record<string, string> {
    return instanceLogs(this.core, environmentName);
  }

  snapshot(): BeanstalkSnapshot {
    return snapshot(this.core);
  }
}
