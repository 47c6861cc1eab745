// .ebextensions that install Amazon Linux 1 platform hooks (/opt/elasticbeanstalk/hooks/…), with
// `files:` or from a command. Amazon Linux 2 and 2023 platforms never run that folder, so the
// hook silently does nothing; its place is .platform/hooks/<stage>/ (or .platform/confighooks/).
import type { Pair } from 'yaml';
import type { Finding } from '../types.js';
import { asMap, finding, getPair, keyText, pairPos, pairs, scalarString, valuePos } from './source.js';
import type { Source } from './source.js';

const AL1_HOOKS = /\/opt\/elasticbeanstalk\/hooks\/([A-Za-z]+)(?:\/([A-Za-z]+))?/;
const RULE = 'ebextensions/al1-hook';

/** The Amazon Linux 2 folder that does what an AL1 hook folder did. */
export function al2Equivalent(kind: string, stage: string | undefined): string {
  const step = stage === 'post' ? 'postdeploy' : 'predeploy';
  switch (kind) {
    case 'appdeploy':
      return `.platform/hooks/${step}/`;
    case 'configdeploy':
      return `.platform/confighooks/${step}/`;
    case 'restartappserver':
      return '.platform/confighooks/postdeploy/';
    case 'preinit':
      return '.platform/hooks/prebuild/';
    case 'postinit':
      return '.platform/hooks/postdeploy/';
    default:
      return '.platform/hooks/<stage>/ (prebuild, predeploy or postdeploy)';
  }
}

function message(file: string, where: string, path: string): string {
  const m = AL1_HOOKS.exec(path);
  const target = al2Equivalent(m?.[1] ?? '', m?.[2]);
  return `${where} in ${file} writes into ${m?.[0] ?? '/opt/elasticbeanstalk/hooks/'}, the Amazon Linux 1 hook folder. Amazon Linux 2 and 2023 platforms never run it, so this hook does nothing there. Put the script in your bundle as ${target}<name>.sh (executable, with a shebang) instead.`;
}

function fromFiles(src: Source, pair: Pair): Finding[] {
  return pairs(asMap(pair.value))
    .filter((p) => AL1_HOOKS.test(keyText(p)))
    .map((p) => finding(src.file, pairPos(src, p), 'warning', RULE, message(src.file, `files."${keyText(p)}"`, keyText(p))));
}

function fromCommands(src: Source, pair: Pair, section: string): Finding[] {
  const out: Finding[] = [];
  for (const entry of pairs(asMap(pair.value))) {
    const cmd = getPair(asMap(entry.value), 'command');
    const text = cmd ? scalarString(cmd.value) : undefined;
    // A command that only reads or removes the folder is not installing a hook.
    if (!cmd || text === undefined || !AL1_HOOKS.test(text) || !/\b(cp|mv|install|ln|tee|wget|curl)\b|>/.test(text)) continue;
    out.push(finding(src.file, valuePos(src, cmd), 'warning', RULE, message(src.file, `${section}.${keyText(entry)}`, text)));
  }
  return out;
}

export function checkAl1Hooks(src: Source): Finding[] {
  const top = asMap(src.doc.contents);
  const out: Finding[] = [];
  for (const p of pairs(top)) {
    const k = keyText(p);
    if (k === 'files') out.push(...fromFiles(src, p));
    else if (k === 'commands' || k === 'container_commands') out.push(...fromCommands(src, p, k));
  }
  return out;
}
