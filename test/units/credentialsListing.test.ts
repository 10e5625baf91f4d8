import { describe, expect, it } from 'vitest';
import { parseCredentialsListing, type DirectoryState } from '../../src/parsers/credentialsListing.js';

const DIR = '/var/run/secrets/workload-spiffe-credentials';
const lines = (...files: string[]) => files.map((file) => `${file}\n`).join('');

describe('parseCredentialsListing: ls failed', () => {
  it.each<[string, string, number | null, DirectoryState]>([
    ['the directory does not exist', `ls: cannot access '${DIR}': No such file or directory\n`, 2, { kind: 'absent' }],
    ['a dangling symlink', `ls: cannot access '${DIR}': No such file or directory\n`, 2, { kind: 'absent' }],
    ['BusyBox wording', `ls: ${DIR}: No such file or directory\n`, 1, { kind: 'absent' }],
    [
      'permission denied',
      `ls: cannot open directory '${DIR}': Permission denied\n`,
      2,
      { kind: 'unreadable', message: `ls: cannot open directory '${DIR}': Permission denied` },
    ],
    [
      'several lines: only the first is kept',
      `ls: cannot open directory '${DIR}': Permission denied\nls: second line\n`,
      2,
      { kind: 'unreadable', message: `ls: cannot open directory '${DIR}': Permission denied` },
    ],
    ['not a directory', `ls: cannot access '${DIR}/': Not a directory\n`, 2, { kind: 'unreadable', message: `ls: cannot access '${DIR}/': Not a directory` }],
    ['a timeout (no exit code, no stderr)', '', null, { kind: 'unreadable', message: '' }],
    ['sudo refused', '  sudo: a password is required  \n', 1, { kind: 'unreadable', message: 'sudo: a password is required' }],
  ])('%s', (_, stderr, exitCode, expected) => {
    expect(parseCredentialsListing('', stderr, exitCode)).toEqual(expected);
  });

  it('a failure ignores what stdout holds', () => {
    expect(parseCredentialsListing(lines('certificates.pem', 'private_key.pem', 'ca_certificates.pem'), 'ls: boom\n', 2)).toEqual({ kind: 'unreadable', message: 'ls: boom' });
  });
});

describe('parseCredentialsListing: ls succeeded', () => {
  it.each<[string, string, DirectoryState]>([
    ['only config_status', lines('config_status'), { kind: 'config-status-only' }],
    ['only config_status, CRLF and spaces', ' config_status \r\n', { kind: 'config-status-only' }],
    [
      'complete with ca_certificates.pem',
      lines('ca_certificates.pem', 'certificates.pem', 'config_status', 'private_key.pem'),
      { kind: 'complete', files: ['ca_certificates.pem', 'certificates.pem', 'config_status', 'private_key.pem'] },
    ],
    [
      'complete with trust_bundles.json instead (the gRPC agent, no config_status)',
      lines('certificates.pem', 'private_key.pem', 'trust_bundles.json'),
      { kind: 'complete', files: ['certificates.pem', 'private_key.pem', 'trust_bundles.json'] },
    ],
    [
      'complete with both anchor files and an extra file',
      lines('ca_certificates.pem', 'certificates.pem', 'private_key.pem', 'trust_bundles.json', 'README'),
      { kind: 'complete', files: ['ca_certificates.pem', 'certificates.pem', 'private_key.pem', 'trust_bundles.json', 'README'] },
    ],
    ['complete, blank lines ignored', `\n${lines('certificates.pem', '', 'private_key.pem', 'ca_certificates.pem')}\n\n`, { kind: 'complete', files: ['certificates.pem', 'private_key.pem', 'ca_certificates.pem'] }],
    ['empty directory', '', { kind: 'incomplete', files: [] }],
    ['no private key', lines('ca_certificates.pem', 'certificates.pem', 'config_status'), { kind: 'incomplete', files: ['ca_certificates.pem', 'certificates.pem', 'config_status'] }],
    ['no certificates', lines('ca_certificates.pem', 'config_status', 'private_key.pem'), { kind: 'incomplete', files: ['ca_certificates.pem', 'config_status', 'private_key.pem'] }],
    ['no trust anchors', lines('certificates.pem', 'config_status', 'private_key.pem'), { kind: 'incomplete', files: ['certificates.pem', 'config_status', 'private_key.pem'] }],
    ['config_status and trust_bundles.json only', lines('config_status', 'trust_bundles.json'), { kind: 'incomplete', files: ['config_status', 'trust_bundles.json'] }],
    ['only an unrelated file', lines('notes.txt'), { kind: 'incomplete', files: ['notes.txt'] }],
    ['names that only contain the expected ones', lines('certificates.pem.bak', 'old_private_key.pem', 'ca_certificates.pem'), { kind: 'incomplete', files: ['certificates.pem.bak', 'old_private_key.pem', 'ca_certificates.pem'] }],
    ['config_status and a temporary file is not "only config_status"', lines('config_status', 'config_status.tmp'), { kind: 'incomplete', files: ['config_status', 'config_status.tmp'] }],
  ])('%s', (_, stdout, expected) => {
    expect(parseCredentialsListing(stdout, '', 0)).toEqual(expected);
  });

  it('stderr is ignored when ls succeeds', () => {
    expect(parseCredentialsListing(lines('config_status'), 'ls: warning\n', 0)).toEqual({ kind: 'config-status-only' });
  });
});
