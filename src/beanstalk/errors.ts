// Failures of the Beanstalk release that run() reports by message alone (see main.ts).

/** The release could not be carried out as asked (version rules, environment missing, quota). */
export class BeanstalkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BeanstalkError';
  }
}

export { DeploymentFailed, errorText } from '../errors.js';

/** The SDK's error name: modeled Beanstalk errors are synthetic subclasses, so match on `name`. */
export function errorName(err: unknown): string {
  return (err as { name?: string } | null)?.name ?? '';
}

/** Throttled, 5xx, timed out, cut off or never answered: worth another poll (src/aws/errors.ts). */
export { isTransientAwsError as isTransient } from '../aws/errors.js';
