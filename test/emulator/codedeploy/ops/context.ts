// What every operation module is given, and the shape of an operation: JSON input → JSON output,
// or a thrown CodeDeployError (see ../protocol.ts).
import type { EmulatorContext } from '../../types.js';
import type { CodeDeployScenario } from '../../scenario.js';
import type { DeploymentConfig } from '../configs.js';
import type { CodeDeployState } from '../model.js';

export type Input = Record<string, unknown>;
export type Output = Record<string, unknown>;
export type Operation = (input: Input) => Promise<Output> | Output;
export type Operations = Record<string, Operation>;

export interface OpContext {
  emu: EmulatorContext;
  settings: CodeDeployScenario;
  state: CodeDeployState;
  /** Deployment configurations by name: the CodeDeployDefault.* ones, the scenario's and created ones. */
  configs: Map<string, DeploymentConfig>;
  /** When the scenario's resources were made (their createTime). */
  created: number;
}
