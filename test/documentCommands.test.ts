import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caPoolIamCheck } from '../src/checks/caPoolIam.js';
import { configStatusCheck } from '../src/checks/configStatus.js';
import { guestAgentVersionCheck } from '../src/checks/guestAgentVersion.js';
import { refresherCheck } from '../src/checks/refresher.js';
import { DOCUMENT_PARAMS } from '../src/domain/target.js';
import { serialPortProbe } from '../src/probes/catalog.js';

/** The commands the tool shows must be the troubleshooting document's own, so users can copy them. */
/** Lines as a user would copy them: continuation backslashes joined, a trailing one dropped. */
const documentLines = readFileSync(new URL('./fixtures/troubleshooting-doc.ko.txt', import.meta.url), 'utf8')
  .replace(/ *\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim().replace(/ \\$/, ''));
const params = DOCUMENT_PARAMS;

describe('shown commands are the document\'s text', () => {
  it.each([
    ['config-status', configStatusCheck.documented(params)[0]!.display],
    ['guest-agent-version', guestAgentVersionCheck.documented(params)[0]!.display],
    ['refresher timer', refresherCheck.documented(params)[0]!.display],
    ['refresher service', refresherCheck.documented(params)[1]!.display],
    ['ca-pool-iam', caPoolIamCheck.documented(params)[0]!.display],
  ])('%s', (_, display) => {
    expect(documentLines).toContain(display);
  });

  it('fills the VM name into the document\'s command, and the zone and project when known', () => {
    expect(serialPortProbe({ vm: 'vm-1', via: 'local' }, params).display).toBe('gcloud compute instances get-serial-port-output vm-1 | grep "GCE Agent Started"');
    expect(serialPortProbe({ vm: 'vm-1', zone: 'us-east1-b', project: 'p-123456', via: 'local' }, params).display).toBe(
      'gcloud compute instances get-serial-port-output vm-1 --zone=us-east1-b --project=p-123456 | grep "GCE Agent Started"',
    );
  });
});
