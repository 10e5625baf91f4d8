import { formatDuration, freshness, DEFAULT_ROTATION_WINDOW_PERCENTAGE } from '../domain/renewal.js';
import { discoverWorkloadConfig } from '../discovery/workloadConfig.js';
import { credentialFileProbe, REFRESH_SERVICE_UNIT } from '../probes/catalog.js';
import { finding } from '../report/finding.js';
import { message } from '../report/message.js';
import type { Check, CheckOutcome } from './check.js';
import { credentialsPlan } from './credentialsPlan.js';

const ID = 'freshness';

interface Facts {
  notBefore: Date;
  notAfter: Date;
  rotationWindowPercentage: number;
  /** When the symlink last moved: the contents directory's name is its time. */
  rotatedAt?: Date;
  now: Date;
}

const ROTATED_AT = /workload-spiffe-contents-(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)/;
const REFRESH_COMMANDS = [`journalctl -u ${REFRESH_SERVICE_UNIT} -n 20 --no-pager`, `sudo systemctl start ${REFRESH_SERVICE_UNIT}`];

/** The leaf is valid and renewed on time: lifetime × rotation window (50 % unless configured), plus one refresh. */
export const freshnessCheck: Check<Facts> = {
  id: ID,
  title: 'check.freshness.title',
  where: 'vm',
  documented: (params) => [credentialFileProbe('certificates.pem', params)],
  plan: (context) =>
    credentialsPlan(context, ID, async (files) => {
      const config = await discoverWorkloadConfig(context, ID);
      const configured = config.kind === 'found' ? config.value.issuance?.rotationWindowPercentage : undefined;
      const rotated = files.contentsDir ? ROTATED_AT.exec(files.contentsDir)?.[1] : undefined;
      return {
        probes: [],
        facts: {
          notBefore: new Date(files.leaf.validFrom),
          notAfter: new Date(files.leaf.validTo),
          rotationWindowPercentage: configured ?? DEFAULT_ROTATION_WINDOW_PERCENTAGE,
          ...(rotated ? { rotatedAt: new Date(rotated) } : {}),
          now: new Date(),
        },
        discovered: config.discovered,
      };
    }),
  evaluate: (_results, facts) => judgeFreshness(facts),
};

function judgeFreshness(facts: Facts): CheckOutcome {
  const state = freshness(facts, facts.now, facts.rotationWindowPercentage);
  const rotation: Record<string, string> = facts.rotatedAt ? { rotatedAt: facts.rotatedAt.toISOString(), rotatedAgo: formatDuration(facts.now.getTime() - facts.rotatedAt.getTime()) } : {};
  const evidence: Record<string, string> = { notBefore: facts.notBefore.toISOString(), notAfter: facts.notAfter.toISOString(), rotationWindowPercentage: String(facts.rotationWindowPercentage), ...rotation };
  switch (state.state) {
    case 'fresh':
      return {
        status: 'pass',
        detail: message(facts.rotatedAt ? 'detail.fresh-rotated' : 'detail.fresh', { notAfter: facts.notAfter.toISOString(), renewAt: state.renewAt.toISOString(), rotatedAgo: rotation.rotatedAgo ?? '' }),
        findings: [],
      };
    case 'not-yet-valid':
      return { status: 'warn', detail: message('detail.not-yet-valid', { notBefore: facts.notBefore.toISOString() }), findings: [] };
    case 'expired': {
      const summary = message('finding.credentials-expired', { ago: formatDuration(state.expiredMs), notAfter: facts.notAfter.toISOString() });
      return { status: 'fail', detail: summary, findings: [finding('credentials-expired', ID, { summary, evidence, remedy: message('remedy.refresh-credentials'), commands: REFRESH_COMMANDS })] };
    }
    case 'stale': {
      const summary = message('finding.credentials-stale', { renewAt: state.renewAt.toISOString(), ago: formatDuration(state.overdueMs) });
      return {
        status: 'fail',
        detail: summary,
        findings: [finding('credentials-stale', ID, { summary, evidence: { ...evidence, renewAt: state.renewAt.toISOString() }, remedy: message('remedy.refresh-credentials'), commands: REFRESH_COMMANDS })],
      };
    }
  }
}
