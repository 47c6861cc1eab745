// Deployment configurations: CreateDeploymentConfig, GetDeploymentConfig, ListDeploymentConfigs,
// DeleteDeploymentConfig. Only the Server compute platform is modeled; a zonalConfig deploys one
// Availability Zone at a time (zones.ts).
import { randomUUID } from 'node:crypto';
import type { MinimumHealthyHosts, ZonalConfig } from '../../scenario.js';
import { cdErr } from '../errors.js';
import type { DeploymentConfig } from '../configs.js';
import { paged, str } from '../lookup.js';
import * as wire from '../wire.js';
import type { Input, OpContext, Operations, Output } from './context.js';

const BUILT_IN = /^CodeDeployDefault\./;

export function configOperations(c: OpContext): Operations {
  const configInfo = (dc: DeploymentConfig): Output =>
    wire.compact({
      deploymentConfigId: dc.created?.id ?? `00000000-0000-4000-8000-${Buffer.from(dc.name).toString('hex').slice(0, 12).padEnd(12, '0')}`,
      deploymentConfigName: dc.name,
      minimumHealthyHosts: dc.minimumHealthyHosts,
      computePlatform: 'Server',
      createTime: wire.epoch(dc.created?.at ?? c.created),
      zonalConfig: dc.zonal,
    });
  const requireName = (input: Input): string => {
    const name = str(input.deploymentConfigName);
    if (!name) throw cdErr('DeploymentConfigNameRequiredException', 'The deployment configuration name was not specified.');
    if (name.length > 100)
      throw cdErr(
        'InvalidDeploymentConfigNameException',
        `The deployment configuration name ${name} is too long: the maximum is 100 characters.`,
      );
    return name;
  };
  return {
    ListDeploymentConfigs(input) {
      return paged('deploymentConfigsList', [...c.configs.keys()].sort(), input, c.settings.pageSize);
    },

    GetDeploymentConfig(input) {
      const name = requireName(input);
      const dc = c.configs.get(name);
      if (!dc) throw cdErr('DeploymentConfigDoesNotExistException', `No deployment configuration found for name: ${name}`);
      return { deploymentConfigInfo: configInfo(dc) };
    },

    CreateDeploymentConfig(input) {
      const name = requireName(input);
      if (c.configs.has(name))
        throw cdErr('DeploymentConfigAlreadyExistsException', `A deployment configuration named ${name} already exists.`);
      const platform = input.computePlatform ?? 'Server';
      if (platform !== 'Server')
        throw cdErr(
          'InvalidComputePlatformException',
          `The compute platform ${String(platform)} is not supported by this emulator; use Server.`,
        );
      const dc: DeploymentConfig = {
        name,
        minimumHealthyHosts: healthyHosts(input.minimumHealthyHosts, 'InvalidMinimumHealthyHostValueException', 'minimumHealthyHosts'),
        oneAtATime: false,
        created: { id: randomUUID(), at: c.emu.clock.now() },
        ...(input.zonalConfig !== undefined ? { zonal: zonalConfig(input.zonalConfig) } : {}),
      };
      c.configs.set(name, dc);
      return { deploymentConfigId: dc.created!.id };
    },

    // AWS answers a name it does not know with success; the defaults and configurations a group uses stay.
    DeleteDeploymentConfig(input) {
      const name = requireName(input);
      if (BUILT_IN.test(name)) throw cdErr('InvalidOperationException', `The default deployment configuration ${name} cannot be deleted.`);
      const user = [...c.state.groups.values()].find((g) => g.deploymentConfigName === name);
      if (user)
        throw cdErr('DeploymentConfigInUseException', `The deployment configuration ${name} is used by deployment group ${user.name}.`);
      c.configs.delete(name);
      return {};
    },
  };
}

function healthyHosts(v: unknown, error: string, path: string): MinimumHealthyHosts {
  const m = (v ?? {}) as Input;
  const ok =
    (m.type === 'HOST_COUNT' || m.type === 'FLEET_PERCENT') &&
    typeof m.value === 'number' &&
    Number.isInteger(m.value) &&
    m.value >= 0 &&
    (m.type === 'HOST_COUNT' || m.value <= 100);
  if (!ok)
    throw cdErr(error, `${path} must be a type (HOST_COUNT or FLEET_PERCENT) and a value (a whole number; at most 100 for FLEET_PERCENT).`);
  return { type: m.type as MinimumHealthyHosts['type'], value: m.value as number };
}

function zonalConfig(v: unknown): ZonalConfig {
  const ERR = 'InvalidZonalDeploymentConfigurationException';
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw cdErr(ERR, 'The zonal configuration must be a structure.');
  const z = v as Input;
  const out: ZonalConfig = {};
  for (const k of ['firstZoneMonitorDurationInSeconds', 'monitorDurationInSeconds'] as const) {
    const s = z[k];
    if (s === undefined) continue;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0) throw cdErr(ERR, `${k} must be a whole number of seconds, 0 or more.`);
    out[k] = s;
  }
  if (z.minimumHealthyHostsPerZone !== undefined)
    out.minimumHealthyHostsPerZone = healthyHosts(z.minimumHealthyHostsPerZone, ERR, 'zonalConfig.minimumHealthyHostsPerZone');
  return out;
}
