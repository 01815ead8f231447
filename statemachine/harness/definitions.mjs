// Loads an ASL file and substitutes its ${...} placeholders (deploy-time ARNs) from a map.
import { readFileSync } from 'node:fs';

export const PLACEHOLDERS = ['CompileFunctionArn', 'RunNodeFunctionArn', 'PollNodeFunctionArn', 'FinalizeFunctionArn',
  'LaneStateMachineArn'];

export function localArns() {
  const arns = {};
  for (const name of PLACEHOLDERS) {
    arns[name] = name.endsWith('StateMachineArn')
      ? 'arn:aws:states:us-east-1:123456789012:stateMachine:gluedbt-lane'
      : `arn:aws:lambda:us-east-1:123456789012:function:gluedbt-${name.replace('FunctionArn', '')}`;
  }
  return arns;
}

export function loadDefinition(path, arns) {
  const text = readFileSync(path, 'utf8').replace(/\$\{([A-Za-z]+)\}/g, (match, name) => {
    if (!(name in arns)) throw new Error(`${path}: no value for placeholder \${${name}}`);
    return arns[name];
  });
  return JSON.parse(text);
}
