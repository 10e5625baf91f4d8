import type { CommandModule } from 'yargs';
import { parseSpiffeId } from '../../domain/spiffeId.js';
import { message, t } from '../../report/message.js';
import { overallStatus, type Report } from '../../report/report.js';
import type { GlobalArgs } from '../globalOptions.js';
import { UsageError } from '../usageError.js';
import { runReportCommand } from './reportCommand.js';

type Args = GlobalArgs & { peer: string; 'expect-peer'?: string };

/** `HOST:PORT` or `[IPv6]:PORT`. */
export function parsePeer(value: string): { host: string; port: number } | undefined {
  const match = /^([A-Za-z0-9][-A-Za-z0-9.]{0,252}|\[[0-9A-Fa-f:.]+\]):(\d{1,5})$/.exec(value);
  if (!match) return undefined;
  const port = Number(match[2]);
  return port > 0 && port < 65536 ? { host: match[1]!.replace(/^\[|\]$/g, ''), port } : undefined;
}

export function mtlsCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'mtls',
    describe: t('cli.command.mtls'),
    builder: (yargs) =>
      yargs
        .option('peer', { type: 'string', demandOption: true, describe: t('cli.option.peer') })
        .option('expect-peer', { type: 'string', describe: t('cli.option.expect-peer') })
        .example('$0 mtls --peer backend.internal:8443 --expect-peer spiffe://my-pool.global.123456789012.workload.id.goog/ns/default/sa/backend', t('cli.example.mtls'))
        .check((args) => {
          if (!parsePeer(String(args.peer))) throw new UsageError(t('error.invalid-peer', { value: JSON.stringify(args.peer) }));
          const expected = args['expect-peer'];
          if (expected !== undefined) {
            const parsed = parseSpiffeId(String(expected));
            if (!parsed.ok) throw new UsageError(t('error.invalid-workload-identity', { value: JSON.stringify(expected), reason: parsed.reason }));
          }
          return true;
        }) as never,
    handler: async (args) => {
      const { handshake } = await import('../../mtls/handshake.js');
      const { mtlsReport } = await import('../../mtls/mtlsReport.js');
      const { readTlsCredentials } = await import('../../mtls/workloadCredentials.js');
      setExit(
        await runReportCommand(args, async (context) => {
          const target = { via: 'local' as const };
          let credentials;
          try {
            credentials = await readTlsCredentials(context.params.credsDir);
          } catch (error) {
            return unreadableCredentials(context.params.credsDir, (error as Error).message);
          }
          const { host, port } = parsePeer(args.peer)!;
          const started = performance.now();
          const timeoutMs = context.params.timeoutMs;
          const [withCertificate, withoutCertificate] = await Promise.all([
            handshake({ host, port, ...credentials, timeoutMs }),
            handshake({ host, port, ca: credentials.ca, timeoutMs }),
          ]);
          const facts = { peer: args.peer, withCertificate, withoutCertificate, ms: Math.round(performance.now() - started) };
          return mtlsReport(args['expect-peer'] ? { ...facts, expectPeer: args['expect-peer'] } : facts, target);
        }),
      );
    },
  };
}

function unreadableCredentials(dir: string, reason: string): Report {
  const checks = [
    { id: 'tls-handshake', title: message('check.tls-handshake.title'), status: 'error' as const, detail: message('error.credentials-unreadable', { dir, message: reason }), findings: [], commands: [], ms: 0 },
  ];
  return { playbook: 'mtls', target: { via: 'local' }, status: overallStatus(checks), checks, findings: [] };
}
