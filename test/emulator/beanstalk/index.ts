// Elastic Beanstalk for the local AWS emulator. The front routes every form-encoded POST with
// Version=2010-12-01 to `handle()`; see scenario.ts for the `beanstalk:` scenario section.
import type { EmulatorContext, ServiceModule } from '../types.js';
import type { BeanstalkScenario } from './scenario.js';
import { BeanstalkService } from './service.js';

export type { BeanstalkScenario, BeanstalkEnvironmentFaults, Timing } from './scenario.js';
export { checkScenario, DEFAULT_TIMING } from './scenario.js';
export type { BeanstalkSnapshot } from './controls.js';
export type { LiveResponse } from './live.js';
export { BeanstalkService } from './service.js';
export { zipFiles } from './zip.js';
export type { CallRecord } from './model.js';

/** The service module plus its runtime controls (faults, inspection, the live URL of each CNAME). */
export type BeanstalkModule = ServiceModule & BeanstalkService;

export function createBeanstalkService(ctx: EmulatorContext, scenario: BeanstalkScenario | undefined): BeanstalkModule {
  return new BeanstalkService(ctx, scenario);
}
