import { flagValue, readScenario } from './state.js';

/** A stand-in for gcloud that prints the real formats and errors of FACTS §5. */
const NOT_LOGGED_IN = `ERROR: (gcloud.GROUP) You do not currently have an active account selected.
Please run:

  $ gcloud auth login

to obtain new credentials.

If you have already logged in with a different account, run:

  $ gcloud config set account ACCOUNT

to select an already authenticated account to use.
`;
const SERIAL_EPILOGUE = `
Specify --start=1048576 in the next get-serial-port-output invocation to get only the new output starting from here.
`;

const args = process.argv.slice(2);
const scenario = readScenario();
const positional = args.filter((arg) => !arg.startsWith('--'));
const command = positional.slice(0, 3).join(' ');

function fail(message: string, status = 1): never {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
  process.exit(status);
}

if (positional[0] === 'config' && positional[1] === 'get-value') {
  const value = { project: scenario.instance.projectId, 'compute/zone': scenario.instance.zone }[positional[2] ?? ''];
  if (value) process.stdout.write(`${value}\n`);
  else process.stderr.write('(unset)\n');
} else if (command === 'compute instances get-serial-port-output') {
  const group = 'gcloud.compute.instances.get-serial-port-output';
  if (!scenario.gcloud.loggedIn) fail(NOT_LOGGED_IN.replace('gcloud.GROUP', group));
  const { name, zone, projectId } = scenario.instance;
  const vm = positional[3];
  const askedZone = flagValue(args, '--zone') ?? zone;
  const askedProject = flagValue(args, '--project') ?? projectId;
  if (vm !== name || askedZone !== zone || askedProject !== projectId) {
    fail(`ERROR: (${group}) Could not fetch serial port output: The resource 'projects/${askedProject}/zones/${askedZone}/instances/${vm}' was not found`);
  }
  const output = scenario.gcloud.serialPortOutput;
  if ('hang' in output) setInterval(() => undefined, 60_000);
  else if ('error' in output) fail(output.error);
  else {
    process.stdout.write(output.stdout);
    process.stderr.write(output.stderr ?? SERIAL_EPILOGUE);
  }
} else {
  fail(`ERROR: (gcloud) Invalid choice: '${positional[0] ?? ''}'.`, 2);
}
