// Runs gluedbt's state machine in aws-local-stepfunctions with every Lambda Task routed to the Java handlers
// through the local Lambda-invoke bridge (POST <bridge>/invoke/<StateName>, Lambda's Invoke protocol: an error is
// the body {errorType, errorMessage} with the header X-Amz-Function-Error), and every child execution
// (states:startExecution.sync:2: a lane) run by a nested interpreter run of the child definition, with its own history.
//
// Usage: node run.mjs <config.json>
//   config: {bridge, input, executionName, waitMilliseconds?, idleWaitMilliseconds?, retryMilliseconds?, timeScale?}
//   timeScale S (simulated seconds per real second, for benches): Wait states wait their own seconds (no
//   waitTimeOverrides) and every sleep of the interpreter (Wait states, retry intervals, which keep
//   retryMilliseconds) lasts 1/S as long. Timeouts are not scaled (the interpreter gives a Task without
//   TimeoutSeconds 60 s, which a scaled child execution would exceed), nor is any timer of fetch.
// Prints one JSON line: {status, output | error + cause, executions: [{name, status, events, stateTransitions,
// awsHistoryEvents, largestPayloadBytes, largestPayloadState}], maxAwsHistoryEvents, largestPayloadBytes,
// stateTransitions, awsHistoryEvents} (the last two summed over every execution; a transition is a StateEntered).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StateMachine } from 'aws-local-stepfunctions';
import { loadDefinition, localArns } from './definitions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const arns = localArns();
const parentDefinition = withAwsTaskTimeouts(loadDefinition(join(root, 'gluedbt.asl.json'), arns));
const childDefinition = withAwsTaskTimeouts(loadDefinition(join(root, 'lane.asl.json'), arns));
const timeScale = config.timeScale ?? 0;
if (timeScale > 0) scaleInterpreterTimers(timeScale);
const LAMBDA_STATES = ['Compile', 'RunNode', 'PollNode', 'Finalize'];
const executions = [];

async function invoke(stateName, input) {
  const response = await fetch(`${config.bridge}/invoke/${stateName}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input),
  });
  const body = await response.json();
  if (response.status !== 200) {
    const error = new Error(JSON.stringify({ errorMessage: `bridge answered ${response.status}`, errorType: 'Lambda.ServiceException' }));
    error.name = 'Lambda.ServiceException';
    throw error;
  }
  if (response.headers.get('x-amz-function-error')) {
    // Step Functions names the error after the exception's class; the Cause is Lambda's error JSON.
    const error = new Error(JSON.stringify(body));
    error.name = body.errorType;
    throw error;
  }
  return body;
}

function overrides() {
  const handlers = {};
  for (const name of LAMBDA_STATES) handlers[name] = (input) => invoke(name, input);
  handlers.RunLane = async (parameters) => {
    const child = await runExecution(childDefinition, parameters.Input, `${config.executionName}-lane-${executions.length}`);
    if (child.status !== 'SUCCEEDED') {
      const error = new Error(child.cause ?? 'child execution failed');
      error.name = 'States.TaskFailed';
      throw error;
    }
    return { Status: 'SUCCEEDED', Output: child.output, ExecutionArn: child.arn };
  };
  const retry = config.retryMilliseconds ?? 5;
  const retries = {};
  for (const name of [...LAMBDA_STATES, 'RunLane']) retries[name] = retry;
  return {
    taskResourceLocalHandlers: handlers,
    waitTimeOverrides: timeScale > 0 ? {} : { WaitForStatement: config.waitMilliseconds ?? 0, WaitForWork: config.idleWaitMilliseconds ?? config.waitMilliseconds ?? 0 },
    retryIntervalOverrides: retries,
  };
}

// The interpreter's sleeps (a Wait state, a retry interval) last 1/scale as long: a timer is one when it is set by
// the interpreter's sleep(), i.e. that frame of aws-local-stepfunctions is on the stack that sets it.
function scaleInterpreterTimers(scale) {
  const original = globalThis.setTimeout;
  globalThis.setTimeout = function scaledSetTimeout(callback, delay, ...rest) {
    const stack = new Error().stack ?? '';
    const scaled = typeof delay === 'number' && delay > 0 && /at sleep \([^)]*aws-local-stepfunctions/.test(stack) ? delay / scale : delay;
    return original.call(this, callback, scaled, ...rest);
  };
}

// Step Functions lets a Task without TimeoutSeconds run (almost) forever; the interpreter times it out after 60 s,
// which a long child execution (RunLane) exceeds. Such Tasks get the longest timeout Node's timers can hold.
function withAwsTaskTimeouts(definition) {
  const NODE_TIMER_MAX_SECONDS = 2147483;
  for (const state of Object.values(definition.States)) {
    if (state.Type === 'Task' && state.TimeoutSeconds === undefined && state.TimeoutSecondsPath === undefined) {
      state.TimeoutSeconds = NODE_TIMER_MAX_SECONDS;
    }
    for (const inner of [state.ItemProcessor, state.Iterator, ...(state.Branches ?? [])]) {
      if (inner) withAwsTaskTimeouts(inner);
    }
  }
  return definition;
}

function size(value) {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');
}

async function runExecution(definition, input, name) {
  const record = { name, status: 'RUNNING', events: 0, stateTransitions: 0, awsHistoryEvents: 0, largestPayloadBytes: 0, largestPayloadState: null };
  executions.push(record);
  const arn = `arn:aws:states:us-east-1:123456789012:execution:gluedbt:${name}`;
  const machine = new StateMachine(definition, { validationOptions: { checkArn: true, checkPaths: true } });
  const execution = machine.run(input, { overrides: overrides(), context: { Execution: { Name: name, Id: arn } } });
  const counting = (async () => {
    for await (const event of execution.eventLogs) {
      record.events += 1;
      // Step Functions' own history adds, per Lambda/Task state, scheduled + started + succeeded/failed events;
      // per Map state MapStateStarted + MapStateSucceeded; per retry the failed attempt's three events.
      const state = event.state;
      if (event.type === 'StateEntered') record.stateTransitions += 1;
      if (event.type === 'StateExited' && state.type === 'Task') record.awsHistoryEvents += 3;
      if (event.type === 'StateExited' && state.type === 'Map') record.awsHistoryEvents += 2;
      if (event.type === 'StateRetried') record.awsHistoryEvents += 3;
      record.awsHistoryEvents += 1;
      for (const payload of [event.input, event.output, state?.input, state?.output]) {
        const bytes = size(payload);
        if (bytes > record.largestPayloadBytes) {
          record.largestPayloadBytes = bytes;
          record.largestPayloadState = state ? `${state.name} (${event.type})` : event.type;
        }
      }
    }
  })();
  try {
    const output = await execution.result;
    await counting;
    return Object.assign(record, { status: 'SUCCEEDED', output, arn });
  } catch (failure) {
    await counting;
    const cause = failure.cause ?? failure;
    return Object.assign(record, { status: 'FAILED', error: cause.name, cause: cause.message, arn });
  }
}

const result = await runExecution(parentDefinition, config.input, config.executionName);
const summary = {
  status: result.status, output: result.output, error: result.error, cause: result.cause,
  executions: executions.map(({ output, ...rest }) => rest),
  maxAwsHistoryEvents: Math.max(...executions.map((execution) => execution.awsHistoryEvents)),
  largestPayloadBytes: Math.max(...executions.map((execution) => execution.largestPayloadBytes)),
  stateTransitions: executions.reduce((sum, execution) => sum + execution.stateTransitions, 0),
  awsHistoryEvents: executions.reduce((sum, execution) => sum + execution.awsHistoryEvents, 0),
};
console.log(JSON.stringify(summary));
