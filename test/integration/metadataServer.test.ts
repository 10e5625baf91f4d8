import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetadataServer, type MetadataServer } from '../../dist/emulator/metadataServer.js';
import { metadataTree } from '../../dist/emulator/metadataTree.js';
import { healthy } from '../../dist/emulator/scenarios/base.js';

/** The emulated server, probed with the real curl as the document does. */
let server: MetadataServer;
beforeAll(async () => {
  server = await startMetadataServer(metadataTree(healthy));
});
afterAll(() => server.close());

/** Asynchronous: the server answers from this same process. */
const curl = async (path: string, ...flags: string[]) =>
  (await promisify(execFile)('curl', ['-sS', '-w', '\n%{http_code}', ...flags, `http://${server.host}/computeMetadata/v1/${path}`])).stdout;

describe('emulated metadata server', () => {
  it('refuses a request without the Metadata-Flavor header', async () => {
    const reply = await curl('instance/name');
    expect(reply).toMatch(/Missing Metadata-Flavor:Google header\./);
    expect(reply).toMatch(/403$/);
  });

  it('answers values, directory listings and recursive JSON', async () => {
    const header = ['-H', 'Metadata-Flavor: Google'];
    expect(await curl('instance/name', ...header)).toBe('vm-1\n200');
    expect(await curl('instance/zone', ...header)).toBe('projects/123456789012/zones/us-central1-a\n200');
    expect(await curl('instance/', ...header)).toMatch(/^gce-workload-certificates\/$/m);
    expect(await curl('instance', ...header)).toMatch(/301$/);
    const project = JSON.parse((await curl('project/?recursive=true', ...header)).replace(/\n200$/, ''));
    expect(project).toEqual({ 'project-id': 'my-project', 'numeric-project-id': '123456789012' });
    expect(await curl('instance/gce-workload-certificates/config-status', ...header)).toBe('{"partnerMetadataConfigsErrors": {}}\n200');
  });

  it('serves Google\'s 404 page for an unknown path', async () => {
    const reply = await curl('instance/no-such-thing', '-H', 'Metadata-Flavor: Google');
    expect(reply).toContain('The requested URL <code>/computeMetadata/v1/instance/no-such-thing</code> was not found on this server.');
    expect(reply).toMatch(/404$/);
  });
});
