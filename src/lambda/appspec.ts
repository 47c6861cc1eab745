// The AppSpec of a Lambda deployment: the user's file (its hooks) with the function, alias and
// versions filled in, or one without hooks when no file is given.
import { isMap, isSeq, stringify } from 'yaml';
import { editableAppSpec } from '../compute/revision.js';

export interface LambdaShift {
  functionName: string;
  alias: string;
  current: string;
  target: string;
}

function properties(s: LambdaShift): Record<string, string> {
  return { Name: s.functionName, Alias: s.alias, CurrentVersion: s.current, TargetVersion: s.target };
}

/** An AppSpec for one function with no hooks (pure). */
export function writeLambdaAppSpec(s: LambdaShift): string {
  const resource = { [logicalName(s.functionName)]: { Type: 'AWS::Lambda::Function', Properties: properties(s) } };
  return stringify({ version: 0.0, Resources: [resource] }).replace(/^version: 0$/m, 'version: 0.0');
}

/** The user's AppSpec with every AWS::Lambda::Function resource pointed at this shift (pure). */
export function fillLambdaAppSpec(text: string, shown: string, s: LambdaShift): string {
  const doc = editableAppSpec(text, shown);
  const resources = isMap(doc.contents) ? doc.contents.get('Resources', true) : undefined;
  let found = 0;
  if (isSeq(resources)) {
    for (const item of resources.items) {
      if (!isMap(item)) continue;
      for (const pair of item.items) {
        const body = pair.value;
        if (!isMap(body) || body.get('Type') !== 'AWS::Lambda::Function') continue;
        found++;
        body.set('Properties', doc.createNode(properties(s)));
      }
    }
  }
  if (found === 0) throw new Error(`${shown} has no resource of Type AWS::Lambda::Function to point at ${s.functionName}:${s.alias}.`);
  return /^\s*\{/.test(text) ? JSON.stringify(doc.toJSON(), null, 2) : doc.toString();
}

function logicalName(fn: string): string {
  return (fn.split(':').pop() ?? fn).replace(/[^A-Za-z0-9]/g, '') || 'Function';
}
