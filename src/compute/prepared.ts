// What an ECS or Lambda release prepares before CreateDeployment, and how the two report it.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Inputs } from '../constants.js';
import { InputError } from '../settings/parse.js';
import { hooksOf, type HookRef } from './revision.js';

export interface PreparedAppSpec {
  /** The AppSpec content sent as the revision. */
  content: string;
  /** Workspace-relative file the user gave (hooks are annotated there); null when hookline wrote it. */
  file: string | null;
  hooks: HookRef[];
  /** One line for the summary: what is deployed (task definition, versions). */
  what: string;
}

/** The user's AppSpec file text, and the hooks with the lines of that file. */
export function readUserAppSpec(path: string, workspace: string): { text: string; shown: string; hooks: HookRef[] } {
  const text = readFileSync(path, 'utf8');
  return { text, shown: relative(workspace, path), hooks: hooksOf(text) };
}

/** An AppSpec edit that failed becomes an error naming the appspec input. */
export function appspecInputError(err: unknown): InputError {
  return new InputError(Inputs.Appspec, `Input '${Inputs.Appspec}': ${err instanceof Error ? err.message : String(err)}`);
}
