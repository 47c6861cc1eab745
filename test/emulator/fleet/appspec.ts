// appspec.yml as the agent reads it: version 0.0, os linux|windows, files, hooks (lists of
// scripts with location/runas/sudo/timeout), file_exists_behavior. Errors carry the agent's text.
import { parse as parseYaml } from 'yaml';
import * as msg from './messages.js';

export interface ScriptInfo {
  location: string;
  runas?: string;
  sudo?: boolean;
  /** Seconds; the agent's default is 3600. */
  timeout: number;
}

export interface AppSpec {
  files: Array<{ source: string; destination: string }>;
  hooks: Record<string, ScriptInfo[]>;
  fileExistsBehavior?: 'DISALLOW' | 'OVERWRITE' | 'RETAIN';
}

export class AppSpecError extends Error {}

function script(raw: unknown): ScriptInfo {
  const o = (raw ?? {}) as Record<string, unknown>;
  const location = o.location === undefined || o.location === null ? '' : String(o.location);
  if (location === '') throw new AppSpecError(msg.appSpecNoLocation());
  const timeout = o.timeout === undefined || o.timeout === null ? 3600 : Math.trunc(Number(o.timeout));
  if (!(timeout > 0)) throw new AppSpecError(msg.appSpecBadTimeout());
  return {
    location,
    ...(o.runas !== undefined && o.runas !== null ? { runas: String(o.runas) } : {}),
    ...(o.sudo !== undefined ? { sudo: Boolean(o.sudo) } : {}),
    timeout,
  };
}

export function parseAppSpec(text: string): AppSpec {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    // Ruby's Psych names the source "(<unknown>)".
    throw new AppSpecError(`(<unknown>): ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  if (doc === null || doc === undefined || typeof doc !== 'object') throw new AppSpecError(msg.appSpecEmpty());
  const o = doc as Record<string, unknown>;
  const version = o.version;
  if (version !== 0 && version !== '0.0' && version !== 0.0) throw new AppSpecError(msg.appSpecInvalidVersion(version));
  if (o.os !== 'linux' && o.os !== 'windows') throw new AppSpecError(msg.appSpecInvalidOs(o.os));
  const feb = o.file_exists_behavior;
  if (feb !== undefined && feb !== 'DISALLOW' && feb !== 'OVERWRITE' && feb !== 'RETAIN') {
    throw new AppSpecError(
      `The deployment failed because an invalid file_exists_behavior value (${String(feb)}) was entered in the application specification file. Make sure your AppSpec file specifies one of DISALLOW,OVERWRITE,RETAIN as the file_exists_behavior, and then try again.`,
    );
  }
  const files = (Array.isArray(o.files) ? o.files : []).map((f) => {
    const fo = (f ?? {}) as Record<string, unknown>;
    return { source: String(fo.source ?? ''), destination: String(fo.destination ?? '') };
  });
  const hooks: Record<string, ScriptInfo[]> = {};
  if (o.hooks && typeof o.hooks === 'object') {
    for (const [event, scripts] of Object.entries(o.hooks as Record<string, unknown>)) {
      if (scripts === null || scripts === undefined) continue;
      hooks[event] = (Array.isArray(scripts) ? scripts : [scripts]).map(script);
    }
  }
  return { files, hooks, ...(feb !== undefined ? { fileExistsBehavior: feb } : {}) };
}
