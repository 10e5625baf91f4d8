import { describe, expect, it } from 'vitest';
import { parseGcloudError } from '../../src/parsers/gcloudError.js';

const NOT_LOGGED_IN = `ERROR: (gcloud.compute.instances.get-serial-port-output) You do not currently have an active account selected.
Please run:

  $ gcloud auth login

to obtain new credentials.

If you have already logged in with a different account, run:

  $ gcloud config set account ACCOUNT

to select an already authenticated account to use.
`;

const REAUTH = `ERROR: (gcloud.compute.instances.get-serial-port-output) There was a problem refreshing your current auth tokens: Reauthentication failed. cannot prompt during non-interactive execution.
Please run:

  $ gcloud auth login

to obtain new credentials.
`;

describe('parseGcloudError', () => {
  it('reads the real not-logged-in text', () => {
    expect(parseGcloudError(NOT_LOGGED_IN)).toEqual({
      kind: 'not-logged-in',
      message: 'You do not currently have an active account selected.',
    });
  });

  it('reads expired credentials that ask for gcloud auth login as not logged in', () => {
    const error = parseGcloudError(REAUTH);
    expect(error.kind).toBe('not-logged-in');
    expect(error.message).toMatch(/^There was a problem refreshing your current auth tokens/);
  });

  it.each([
    [
      'PERMISSION_DENIED on a CA pool',
      "ERROR: (gcloud.privateca.pools.get-iam-policy) PERMISSION_DENIED: Permission 'privateca.caPools.getIamPolicy' denied on resource '//privateca.googleapis.com/projects/my-project/locations/us-central1/caPools/my-pool' (or it may not exist).\n",
      "PERMISSION_DENIED: Permission 'privateca.caPools.getIamPolicy' denied on resource '//privateca.googleapis.com/projects/my-project/locations/us-central1/caPools/my-pool' (or it may not exist).",
    ],
    [
      'the serial port permission',
      "ERROR: (gcloud.compute.instances.get-serial-port-output) Could not fetch serial port output: Required 'compute.instances.getSerialPortOutput' permission for 'projects/my-project/zones/us-central1-a/instances/my-vm'\n",
      "Could not fetch serial port output: Required 'compute.instances.getSerialPortOutput' permission for 'projects/my-project/zones/us-central1-a/instances/my-vm'",
    ],
    [
      'the bare Required permission text',
      "ERROR: (gcloud.compute.instances.describe) Required 'compute.instances.get' permission for 'projects/my-project/zones/us-central1-a/instances/my-vm'\n",
      "Required 'compute.instances.get' permission for 'projects/my-project/zones/us-central1-a/instances/my-vm'",
    ],
    [
      'does not have permission',
      'ERROR: (gcloud.iam.workload-identity-pools.describe) User [me@example.com] does not have permission to access projects instance [my-project] (or it may not exist)\n',
      'User [me@example.com] does not have permission to access projects instance [my-project] (or it may not exist)',
    ],
  ])('reads %s as permission-denied', (_, stderr, message) => {
    expect(parseGcloudError(stderr)).toEqual({ kind: 'permission-denied', message });
  });

  it.each([
    [
      'NOT_FOUND',
      "ERROR: (gcloud.iam.workload-identity-pools.describe) NOT_FOUND: Resource 'projects/my-project/locations/global/workloadIdentityPools/my-pool' was not found\n",
      "NOT_FOUND: Resource 'projects/my-project/locations/global/workloadIdentityPools/my-pool' was not found",
    ],
    [
      'the serial port not found',
      "ERROR: (gcloud.compute.instances.get-serial-port-output) Could not fetch serial port output: The resource 'projects/my-project/zones/us-central1-a/instances/my-vm' was not found\n",
      "Could not fetch serial port output: The resource 'projects/my-project/zones/us-central1-a/instances/my-vm' was not found",
    ],
  ])('reads %s as not-found', (_, stderr, message) => {
    expect(parseGcloudError(stderr)).toEqual({ kind: 'not-found', message });
  });

  it.each([
    ['an invalid argument', "ERROR: (gcloud.compute.instances.describe) Invalid value for [--zone]: 'nowhere'.\n", "Invalid value for [--zone]: 'nowhere'."],
    ['a message without the command prefix', 'ERROR: something odd happened\n', 'something odd happened'],
    ['stderr without an ERROR: line', 'Traceback (most recent call last):\n  File "x.py"\n', 'Traceback (most recent call last):'],
  ])('reads %s as other', (_, stderr, message) => {
    expect(parseGcloudError(stderr)).toEqual({ kind: 'other', message });
  });

  it('gives a stock message for empty stderr', () => {
    expect(parseGcloudError('')).toEqual({ kind: 'other', message: 'gcloud failed without a message' });
    expect(parseGcloudError('ERROR: (gcloud.compute.instances.describe)\n')).toEqual({ kind: 'other', message: 'gcloud failed without a message' });
  });

  it('finds the ERROR: line below warnings and the serial-port epilogue', () => {
    const stderr = [
      'WARNING: Property validation for compute/zone was skipped.',
      "ERROR: (gcloud.compute.instances.get-serial-port-output) Could not fetch serial port output: The resource 'projects/p/zones/us-central1-a/instances/vm' was not found",
      '',
    ].join('\n');
    expect(parseGcloudError(stderr)).toEqual({
      kind: 'not-found',
      message: "Could not fetch serial port output: The resource 'projects/p/zones/us-central1-a/instances/vm' was not found",
    });
  });

  it('does not quote the advice lines as the message', () => {
    expect(parseGcloudError(NOT_LOGGED_IN).message).not.toContain('gcloud auth login');
  });

  // BUG (left unfixed on purpose, see the report): the bare `403` alternative in the
  // permission pattern has no word boundaries, so any digit run containing 403 — a VM
  // name, a project number — turns a NOT_FOUND into permission-denied.
  it('keeps NOT_FOUND when a resource name contains the digits 403', () => {
    const stderr =
      "ERROR: (gcloud.compute.instances.get-serial-port-output) Could not fetch serial port output: The resource 'projects/my-project/zones/us-central1-a/instances/web-4031' was not found\n";
    expect(parseGcloudError(stderr).kind).toBe('not-found');
  });

  it('keeps NOT_FOUND for a pool under a project number containing 403', () => {
    const stderr =
      "ERROR: (gcloud.iam.workload-identity-pools.describe) NOT_FOUND: Resource 'projects/114035551234/locations/global/workloadIdentityPools/my-pool' was not found\n";
    expect(parseGcloudError(stderr).kind).toBe('not-found');
  });
});
