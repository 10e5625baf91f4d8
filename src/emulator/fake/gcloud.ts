import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { Json } from '../scenario.js';
import { flagValue, readScenario, STATE_VARIABLE } from './state.js';

/** A stand-in for gcloud that prints the real formats and errors of FACTS §5. */
const NOT_LOGGED_IN = `You do not currently have an active account selected.
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
// Tests count the calls (one ssh connection per run, say).
appendFileSync(join(dirname(process.env[STATE_VARIABLE]!), 'gcloud-calls.log'), `${JSON.stringify(args)}\n`);
const positional = args.filter((arg) => !arg.startsWith('--'));
const { name, zone, projectId, projectNumber } = scenario.instance;

function fail(group: string, message: string, status = 1): never {
  process.stderr.write(`ERROR: (${group ? `gcloud.${group}` : 'gcloud'}) ${message.endsWith('\n') ? message : `${message}\n`}`);
  process.exit(status);
}

/** `--format=json` sorts keys and indents by two; the default is YAML with unindented lists. */
function print(value: Json): void {
  const sorted = (node: Json): Json =>
    Array.isArray(node) ? node.map(sorted) : node && typeof node === 'object' ? Object.fromEntries(Object.keys(node).sort().map((key) => [key, sorted(node[key]!)])) : node;
  process.stdout.write(flagValue(args, '--format') === 'json' ? `${JSON.stringify(sorted(value), null, 2)}\n` : stringify(sorted(value), { indentSeq: false }));
}

function requireLogin(group: string): void {
  if (!scenario.gcloud.loggedIn) fail(group, NOT_LOGGED_IN);
}

function instanceCommand(group: string): void {
  requireLogin(group);
  const vm = positional[3];
  const askedZone = flagValue(args, '--zone') ?? zone;
  const askedProject = flagValue(args, '--project') ?? projectId;
  const resource = `projects/${askedProject}/zones/${askedZone}/instances/${vm}`;
  if (vm !== name || askedZone !== zone || askedProject !== projectId) {
    fail(group, group.endsWith('get-serial-port-output') ? `Could not fetch serial port output: The resource '${resource}' was not found` : `Could not fetch resource:\n - The resource '${resource}' was not found`);
  }
}

const commands: Record<string, () => void> = {
  'config get-value': () => {
    const value = { project: projectId, 'compute/zone': zone }[positional[2] ?? ''];
    if (value) process.stdout.write(`${value}\n`);
    else process.stderr.write('(unset)\n');
  },
  'compute instances get-serial-port-output': () => {
    instanceCommand('compute.instances.get-serial-port-output');
    const output = scenario.gcloud.serialPortOutput;
    if ('hang' in output) setInterval(() => undefined, 60_000);
    else if ('error' in output) {
      process.stderr.write(`${output.error}\n`);
      process.exit(1);
    } else {
      process.stdout.write(output.stdout);
      process.stderr.write(output.stderr ?? SERIAL_EPILOGUE);
    }
  },
  'compute ssh': () => {
    const group = 'compute.ssh';
    requireLogin(group);
    if (scenario.gcloud.sshError) fail(group, scenario.gcloud.sshError, 255);
    if (positional[2] !== name || (flagValue(args, '--zone') ?? zone) !== zone) {
      fail(group, `Could not fetch resource:\n - The resource 'projects/${projectId}/zones/${flagValue(args, '--zone')}/instances/${positional[2]}' was not found`);
    }
    // The simulated VM is this machine: run the command as sshd would, in a shell.
    const result = spawnSync('bash', ['-c', flagValue(args, '--command') ?? 'true'], { stdio: 'inherit' });
    process.exit(result.status ?? 255);
  },
  'compute instances describe': () => {
    instanceCommand('compute.instances.describe');
    print({ name, status: 'RUNNING', zone: `https://www.googleapis.com/compute/v1/projects/${projectId}/zones/${zone}`, id: '4567890123456789012', ...scenario.gcloud.instance });
  },
  'iam workload-identity-pools describe': () => {
    const group = 'iam.workload-identity-pools.describe';
    requireLogin(group);
    const pool = scenario.gcloud.pools?.[positional[3] ?? ''];
    if (!pool || (flagValue(args, '--project') ?? projectId) !== projectNumber && (flagValue(args, '--project') ?? projectId) !== projectId) {
      fail(group, 'NOT_FOUND: Requested entity was not found.');
    }
    print({ name: `projects/${projectNumber}/locations/global/workloadIdentityPools/${positional[3]}`, state: 'ACTIVE', mode: 'TRUST_DOMAIN', ...pool });
  },
  'privateca pools get-iam-policy': () => {
    const group = 'privateca.pools.get-iam-policy';
    requireLogin(group);
    const id = positional[3] ?? '';
    const policy = scenario.gcloud.caPoolPolicies?.[id];
    const region = flagValue(args, '--location') ?? '';
    if (!policy) fail(group, `NOT_FOUND: Resource 'projects/${flagValue(args, '--project') ?? projectId}/locations/${region}/caPools/${id}' was not found`);
    print(policy as unknown as Json);
  },
};

const command = Object.keys(commands).find((key) => positional.slice(0, key.split(' ').length).join(' ') === key);
if (command) commands[command]!();
else fail('', `Invalid choice: '${positional[0] ?? ''}'.`, 2);
