// Service-side wording: deployment errorInformation and modeled error messages.
export const HEALTH_CONSTRAINTS =
  'The overall deployment failed because too many individual instances failed deployment, too few healthy instances are available for deployment, or some instances in your deployment group are experiencing problems.';

export const HEALTH_CONSTRAINTS_INVALID =
  'The deployment failed because the minimum number of healthy instances in the deployment configuration is greater than or equal to the number of instances in the deployment group, so no instance can be taken out of service. Decrease the minimum number of healthy instances or add instances, and then try again.';

export const NO_INSTANCES =
  'The deployment failed because no instances were found for your deployment group. Check your deployment group settings to make sure the tags for your Amazon EC2 instances or Auto Scaling groups correctly identify the instances you want to deploy to, and then try again.';

export const MANUAL_STOP = 'The deployment was stopped manually.';

export const READY_TIMEOUT = 'The deployment timed out while waiting for traffic to be rerouted to the replacement instances.';

export const originalsTerminateIn = (n: number, minutes: number): string =>
  `Traffic is rerouted to the replacement instances; the ${n} original instances are terminated in ${minutes} minutes.`;

export const originalsTerminated = (n: number): string => `The ${n} original instances were terminated.`;

export const originalsKept = (n: number): string =>
  `Traffic is rerouted to the replacement instances; the ${n} original instances were deregistered and kept running (KEEP_ALIVE).`;

export const activeDeployment = (group: string, id: string): string =>
  `The Deployment Group '${group}' already has an active Deployment '${id}'`;

export const noRollbackRevision = (group: string): string =>
  `Automatic rollback did not start: deployment group '${group}' has no last successful revision to roll back to.`;

export const rollbackStarted = (id: string): string => `Automatic rollback triggered by deployment ${id}.`;
