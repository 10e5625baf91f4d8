import { describe, expect, it } from 'vitest';
import { roleState } from '../../src/checks/caPoolIam.js';
import { poolPrincipals } from '../../src/domain/principal.js';
import { parseIamPolicy, type IamBinding } from '../../src/parsers/iamPolicy.js';

const READER = 'roles/privateca.poolReader';
const REQUESTER = 'roles/privateca.workloadCertificateRequester';
const PRINCIPALS = poolPrincipals({ projectNumber: '123456789012', poolId: 'my-pool' });

/** The three spellings of FACTS §4, written out rather than taken from poolPrincipals. */
const FORMS: Array<[string, string]> = [
  ['principalSet (document form)', 'principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/my-pool/*'],
  ['principalSet with /name/', 'principalSet://iam.googleapis.com/projects/123456789012/name/locations/global/workloadIdentityPools/my-pool/*'],
  ['principal with /name/', 'principal://iam.googleapis.com/projects/123456789012/name/locations/global/workloadIdentityPools/my-pool'],
];
const MEMBER = FORMS[0]![1];
const CONDITION = { title: 'until-2030', expression: 'request.time < timestamp("2030-01-01T00:00:00Z")' };

const binding = (role: string, members: string[], condition?: IamBinding['condition']): IamBinding => ({ role, members, ...(condition ? { condition } : {}) });

describe('roleState: bound', () => {
  it.each(FORMS)('counts a member written as %s', (_, member) => {
    const bound = binding(READER, [member]);
    expect(roleState([bound], READER, PRINCIPALS)).toEqual({ state: 'bound', binding: bound });
  });

  it('finds the principal among other members', () => {
    const bound = binding(READER, ['user:admin@example.com', MEMBER, 'serviceAccount:sa@my-project.iam.gserviceaccount.com']);
    expect(roleState([bound], READER, PRINCIPALS)).toEqual({ state: 'bound', binding: bound });
  });

  it('finds the binding among bindings for other roles', () => {
    const bound = binding(REQUESTER, [MEMBER]);
    const bindings = [binding('roles/privateca.admin', [MEMBER]), binding(READER, ['user:a@example.com']), bound];
    expect(roleState(bindings, REQUESTER, PRINCIPALS)).toEqual({ state: 'bound', binding: bound });
  });

  it('reads a real gcloud policy end to end', () => {
    const policy = parseIamPolicy(`bindings:
- members:
  - ${MEMBER}
  role: ${READER}
- members:
  - ${MEMBER}
  role: ${REQUESTER}
etag: BwYQx5b3k2E=
version: 1
`);
    expect(policy.ok).toBe(true);
    if (!policy.ok) return;
    expect(roleState(policy.bindings, READER, PRINCIPALS).state).toBe('bound');
    expect(roleState(policy.bindings, REQUESTER, PRINCIPALS).state).toBe('bound');
  });
});

describe('roleState: an unconditional binding wins', () => {
  it.each([
    ['conditional first', true],
    ['unconditional first', false],
  ])('%s', (_, conditionalFirst) => {
    const conditional = binding(READER, [MEMBER], CONDITION);
    const unconditional = binding(READER, [FORMS[2]![1]]);
    const bindings = conditionalFirst ? [conditional, unconditional] : [unconditional, conditional];
    expect(roleState(bindings, READER, PRINCIPALS)).toEqual({ state: 'bound', binding: unconditional });
  });
});

describe('roleState: conditional', () => {
  it('says so when the only matching binding carries a condition', () => {
    const conditional = binding(REQUESTER, [MEMBER], CONDITION);
    expect(roleState([conditional], REQUESTER, PRINCIPALS)).toEqual({ state: 'conditional', binding: conditional });
  });

  it('treats an empty condition as a condition', () => {
    const conditional = binding(REQUESTER, [MEMBER], { title: '', expression: '' });
    expect(roleState([conditional], REQUESTER, PRINCIPALS).state).toBe('conditional');
  });

  it('gives the first of several conditional bindings', () => {
    const first = binding(REQUESTER, [MEMBER], CONDITION);
    const second = binding(REQUESTER, [FORMS[1]![1]], { title: 'other', expression: 'true' });
    expect(roleState([first, second], REQUESTER, PRINCIPALS)).toEqual({ state: 'conditional', binding: first });
  });

  it('is not lifted by an unconditional binding for another role', () => {
    const conditional = binding(REQUESTER, [MEMBER], CONDITION);
    expect(roleState([binding(READER, [MEMBER]), conditional], REQUESTER, PRINCIPALS)).toEqual({ state: 'conditional', binding: conditional });
  });

  it('reads the condition from a version 3 policy', () => {
    const policy = parseIamPolicy(`bindings:
- condition:
    expression: ${CONDITION.expression}
    title: ${CONDITION.title}
  members:
  - ${MEMBER}
  role: ${REQUESTER}
etag: BwYQx5b3k2E=
version: 3
`);
    expect(policy.ok && roleState(policy.bindings, REQUESTER, PRINCIPALS)).toEqual({
      state: 'conditional',
      binding: { role: REQUESTER, members: [MEMBER], condition: CONDITION },
    });
  });
});

describe('roleState: missing', () => {
  it('with no bindings at all (the empty policy)', () => {
    expect(roleState([], READER, PRINCIPALS)).toEqual({ state: 'missing' });
  });

  it('when only the other role is bound', () => {
    expect(roleState([binding(REQUESTER, [MEMBER])], READER, PRINCIPALS)).toEqual({ state: 'missing' });
  });

  it('when the role is bound to no one', () => {
    expect(roleState([binding(READER, [])], READER, PRINCIPALS)).toEqual({ state: 'missing' });
  });

  it.each([
    ['another pool', 'principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/other-pool/*'],
    ['a pool whose ID extends ours', 'principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/my-pool-2/*'],
    ['a pool whose ID is a prefix of ours', 'principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/my-poo/*'],
    ['another project number', 'principalSet://iam.googleapis.com/projects/999999999999/locations/global/workloadIdentityPools/my-pool/*'],
    ['another project number, /name/ form', 'principalSet://iam.googleapis.com/projects/999999999999/name/locations/global/workloadIdentityPools/my-pool/*'],
    ['another project number, principal form', 'principal://iam.googleapis.com/projects/999999999999/name/locations/global/workloadIdentityPools/my-pool'],
    ['the project ID instead of its number', 'principalSet://iam.googleapis.com/projects/my-project/locations/global/workloadIdentityPools/my-pool/*'],
    ['one subject of the pool', 'principal://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/my-pool/subject/x'],
    ['a namespace of the pool', 'principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/my-pool/namespace/ns'],
    ['the principalSet without its /*', 'principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/my-pool'],
    ['a deleted principal', `deleted:${MEMBER}?uid=123`],
    ['the principal with a trailing space', `${MEMBER} `],
    ['a user', 'user:admin@example.com'],
    ['allAuthenticatedUsers', 'allAuthenticatedUsers'],
  ])('when the member is %s', (_, member) => {
    expect(roleState([binding(READER, [member])], READER, PRINCIPALS)).toEqual({ state: 'missing' });
  });

  it('when the role name differs only by case or prefix', () => {
    const bindings = [binding('roles/privateca.poolreader', [MEMBER]), binding('privateca.poolReader', [MEMBER])];
    expect(roleState(bindings, READER, PRINCIPALS)).toEqual({ state: 'missing' });
  });

  it('when the principals are those of another pool', () => {
    const others = poolPrincipals({ projectNumber: '123456789012', poolId: 'other-pool' });
    expect(roleState([binding(READER, [MEMBER])], READER, others)).toEqual({ state: 'missing' });
  });
});
