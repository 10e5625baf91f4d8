import { describe, expect, it } from 'vitest';
import { parseIamPolicy } from '../../src/parsers/iamPolicy.js';

const PRINCIPAL = 'principalSet://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/my-pool/*';
const READER = 'roles/privateca.poolReader';
const REQUESTER = 'roles/privateca.workloadCertificateRequester';

/** `gcloud privateca pools get-iam-policy sub-pool --location=us-central1` (FACTS §5: members first). */
const GCLOUD_YAML = `bindings:
- members:
  - ${PRINCIPAL}
  role: ${READER}
- members:
  - ${PRINCIPAL}
  - user:admin@example.com
  role: ${REQUESTER}
etag: BwYQx5b3k2E=
version: 1
`;

/** The same policy with `--format=json`: sorted keys, 2-space indent. */
const GCLOUD_JSON = `{
  "bindings": [
    {
      "members": [
        "${PRINCIPAL}"
      ],
      "role": "${READER}"
    },
    {
      "members": [
        "${PRINCIPAL}",
        "user:admin@example.com"
      ],
      "role": "${REQUESTER}"
    }
  ],
  "etag": "BwYQx5b3k2E=",
  "version": 1
}
`;

const EXPECTED = {
  ok: true,
  etag: 'BwYQx5b3k2E=',
  bindings: [
    { role: READER, members: [PRINCIPAL] },
    { role: REQUESTER, members: [PRINCIPAL, 'user:admin@example.com'] },
  ],
};

describe('parseIamPolicy: real gcloud output', () => {
  it.each([
    ['YAML', GCLOUD_YAML],
    ['--format=json', GCLOUD_JSON],
    ['YAML with CRLF line endings', GCLOUD_YAML.replace(/\n/g, '\r\n')],
    ['YAML without a trailing newline', GCLOUD_YAML.trimEnd()],
  ])('reads the policy printed as %s', (_, text) => {
    expect(parseIamPolicy(text)).toEqual(EXPECTED);
  });

  it('gives the same result for YAML and JSON', () => {
    expect(parseIamPolicy(GCLOUD_YAML)).toEqual(parseIamPolicy(GCLOUD_JSON));
  });

  it('keeps bindings in their order and members in theirs', () => {
    const result = parseIamPolicy(GCLOUD_YAML);
    expect(result.ok && result.bindings.map((b) => b.role)).toEqual([READER, REQUESTER]);
    expect(result.ok && result.bindings[1]!.members).toEqual([PRINCIPAL, 'user:admin@example.com']);
  });

  it('gives no condition to unconditional bindings', () => {
    const result = parseIamPolicy(GCLOUD_YAML);
    expect(result.ok).toBe(true);
    if (result.ok) for (const binding of result.bindings) expect(binding).not.toHaveProperty('condition');
  });

  it('reads all three principal spellings as members', () => {
    const members = [
      PRINCIPAL,
      'principalSet://iam.googleapis.com/projects/123456789012/name/locations/global/workloadIdentityPools/my-pool/*',
      'principal://iam.googleapis.com/projects/123456789012/name/locations/global/workloadIdentityPools/my-pool',
    ];
    const text = `bindings:\n- members:\n${members.map((m) => `  - ${m}\n`).join('')}  role: ${READER}\netag: BwYQx5b3k2E=\nversion: 1\n`;
    expect(parseIamPolicy(text)).toEqual({ ok: true, etag: 'BwYQx5b3k2E=', bindings: [{ role: READER, members }] });
  });
});

describe('parseIamPolicy: the empty policy', () => {
  it.each([
    ['YAML', 'etag: ACAB\n'],
    ['JSON', '{\n  "etag": "ACAB"\n}\n'],
    ['YAML with an explicit empty list', 'bindings: []\netag: ACAB\n'],
    ['YAML with a null bindings key', 'bindings:\netag: ACAB\n'],
  ])('%s is a policy with no bindings', (_, text) => {
    expect(parseIamPolicy(text)).toEqual({ ok: true, etag: 'ACAB', bindings: [] });
  });

  it('has no etag when none is printed', () => {
    const result = parseIamPolicy('version: 1\n');
    expect(result).toEqual({ ok: true, bindings: [] });
    expect(result).not.toHaveProperty('etag');
  });
});

describe('parseIamPolicy: conditional bindings (policy version 3)', () => {
  const expression = 'request.time < timestamp("2030-01-01T00:00:00Z")';
  const yaml = `bindings:
- condition:
    description: Expires at the end of 2029
    expression: ${expression}
    title: until-2030
  members:
  - ${PRINCIPAL}
  role: ${REQUESTER}
- members:
  - ${PRINCIPAL}
  role: ${READER}
etag: BwYQx5b3k2E=
version: 3
`;
  const json = JSON.stringify(
    {
      bindings: [
        { condition: { description: 'Expires at the end of 2029', expression, title: 'until-2030' }, members: [PRINCIPAL], role: REQUESTER },
        { members: [PRINCIPAL], role: READER },
      ],
      etag: 'BwYQx5b3k2E=',
      version: 3,
    },
    null,
    2,
  );
  const expected = {
    ok: true,
    etag: 'BwYQx5b3k2E=',
    bindings: [
      { role: REQUESTER, members: [PRINCIPAL], condition: { title: 'until-2030', expression } },
      { role: READER, members: [PRINCIPAL] },
    ],
  };

  it.each([
    ['YAML', yaml],
    ['JSON', json],
  ])('keeps the condition title and expression (%s)', (_, text) => {
    expect(parseIamPolicy(text)).toEqual(expected);
  });

  it('reads a single-quoted YAML expression', () => {
    const text = `bindings:\n- condition:\n    expression: 'resource.name.startsWith(''projects/p'')'\n    title: 'only: p'\n  members:\n  - ${PRINCIPAL}\n  role: ${READER}\nversion: 3\n`;
    const result = parseIamPolicy(text);
    expect(result.ok && result.bindings[0]!.condition).toEqual({ title: 'only: p', expression: "resource.name.startsWith('projects/p')" });
  });

  it('fills a condition missing its title with an empty title', () => {
    const text = `bindings:\n- condition:\n    expression: request.time.getHours("UTC") < 12\n  members:\n  - ${PRINCIPAL}\n  role: ${READER}\nversion: 3\n`;
    const result = parseIamPolicy(text);
    expect(result.ok && result.bindings[0]!.condition).toEqual({ title: '', expression: 'request.time.getHours("UTC") < 12' });
  });

  it('treats `condition: null` as no condition', () => {
    const result = parseIamPolicy(`bindings:\n- condition: null\n  members:\n  - ${PRINCIPAL}\n  role: ${READER}\n`);
    expect(result.ok && result.bindings[0]).toEqual({ role: READER, members: [PRINCIPAL] });
  });
});

describe("parseIamPolicy: the troubleshooting document's own examples", () => {
  it('drops the empty `-` member item of step B.3', () => {
    const text = `bindings:
- members:
  - principalSet://iam.googleapis.com/projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL_ID/*
  -
  role: roles/privateca.poolReader
- members:
  - principalSet://iam.googleapis.com/projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL_ID/*
  role: roles/privateca.workloadCertificateRequester
`;
    const placeholder = 'principalSet://iam.googleapis.com/projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL_ID/*';
    expect(parseIamPolicy(text)).toEqual({
      ok: true,
      bindings: [
        { role: READER, members: [placeholder] },
        { role: REQUESTER, members: [placeholder] },
      ],
    });
  });

  it('reads the flattened rendering of symptom C without binding any role to the principal', () => {
    const text = `bindings:
- members:
- ${PRINCIPAL}
- role: ${READER}
- members:
- ${PRINCIPAL}
- role: ${REQUESTER}
`;
    const result = parseIamPolicy(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.bindings.some((binding) => binding.members.includes(PRINCIPAL))).toBe(false);
      expect(result.bindings).toHaveLength(4);
    }
  });
});

describe('parseIamPolicy: odd bindings', () => {
  it('skips bindings that are not mappings', () => {
    const result = parseIamPolicy(`bindings:\n- just a string\n- 42\n- null\n- members:\n  - ${PRINCIPAL}\n  role: ${READER}\n`);
    expect(result).toEqual({ ok: true, bindings: [{ role: READER, members: [PRINCIPAL] }] });
  });

  it('drops non-string members', () => {
    const result = parseIamPolicy(JSON.stringify({ bindings: [{ members: [PRINCIPAL, 7, null, { a: 1 }, ['x']], role: READER }] }));
    expect(result.ok && result.bindings[0]!.members).toEqual([PRINCIPAL]);
  });

  it('gives an empty member list when members is missing or not a list', () => {
    const result = parseIamPolicy(JSON.stringify({ bindings: [{ role: READER }, { members: PRINCIPAL, role: REQUESTER }] }));
    expect(result).toEqual({
      ok: true,
      bindings: [
        { role: READER, members: [] },
        { role: REQUESTER, members: [] },
      ],
    });
  });

  it('gives an empty role when the role is missing', () => {
    const result = parseIamPolicy(JSON.stringify({ bindings: [{ members: [PRINCIPAL] }] }));
    expect(result.ok && result.bindings[0]).toEqual({ role: '', members: [PRINCIPAL] });
  });

  it('ignores an etag that is not a string', () => {
    const result = parseIamPolicy(`etag: 12345\nbindings: []\n`);
    expect(result).toEqual({ ok: true, bindings: [] });
  });
});

describe('parseIamPolicy: not a policy', () => {
  it.each([
    ['malformed YAML', 'bindings:\n- members: [\n  role: x'],
    ['truncated JSON', GCLOUD_JSON.slice(0, GCLOUD_JSON.length / 2)],
    ['binary output', `etag: ACAB\0`],
  ])('%s fails', (_, text) => {
    const result = parseIamPolicy(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toBe('');
  });

  it.each([
    ['a YAML scalar', 'ACAB'],
    ['a number', '42'],
    ['a list', `- members:\n  - ${PRINCIPAL}\n  role: ${READER}\n`],
    ['empty output', ''],
    ['a JSON null', 'null'],
  ])('%s is not an IAM policy', (_, text) => {
    expect(parseIamPolicy(text)).toEqual({ ok: false, message: 'not an IAM policy' });
  });

  it.each([
    ['a mapping', `bindings:\n  members:\n  - ${PRINCIPAL}\n  role: ${READER}\netag: ACAB\n`],
    ['a string', 'bindings: none\netag: ACAB\n'],
    ['a number', 'bindings: 0\n'],
    ['a JSON object', '{"bindings": {}, "etag": "ACAB"}'],
  ])('bindings that is %s is refused', (_, text) => {
    expect(parseIamPolicy(text)).toEqual({ ok: false, message: 'bindings is not a list' });
  });
});
