import { connect, type TLSSocket } from 'node:tls';

export interface HandshakeRequest {
  host: string;
  port: number;
  /** The workload's own chain and key; left out to test whether the peer insists on them. */
  cert?: string;
  key?: string;
  /** Trust anchors of every trust domain the workload trusts. */
  ca: string[];
  timeoutMs: number;
}

export type HandshakeResult =
  | {
      ok: true;
      protocol: string;
      cipher: string;
      /** The peer's leaf, DER; its chain was verified against `ca` when `authorized`. */
      peerCertificate?: Buffer;
      authorized: boolean;
      authorizationError?: string;
    }
  | { ok: false; code: string; message: string };

/**
 * One TLS handshake. The peer's chain is verified against the trust anchors but not its host
 * name: SPIFFE peers are named by their URI SAN, which the caller checks. The connection is
 * held open briefly, because a TLS 1.3 server rejects a client certificate only after the
 * client has finished its side of the handshake.
 */
export function handshake(request: HandshakeRequest): Promise<HandshakeResult> {
  return new Promise((resolve) => {
    let settled = false;
    let socket: TLSSocket | undefined;
    const finish = (result: HandshakeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket?.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, code: 'ETIMEDOUT', message: `no handshake within ${request.timeoutMs} ms` }), request.timeoutMs);
    socket = connect({
      host: request.host,
      port: request.port,
      ca: request.ca,
      ...(request.cert && request.key ? { cert: request.cert, key: request.key } : {}),
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
      minVersion: 'TLSv1.2',
    });
    socket.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, code: error.code ?? 'ERROR', message: error.message }));
    socket.on('secureConnect', () => {
      const peer = socket!.getPeerX509Certificate();
      const established: HandshakeResult = {
        ok: true,
        protocol: socket!.getProtocol() ?? 'unknown',
        cipher: socket!.getCipher().name,
        ...(peer ? { peerCertificate: peer.raw } : {}),
        authorized: socket!.authorized,
        ...(socket!.authorizationError ? { authorizationError: String(socket!.authorizationError) } : {}),
      };
      setTimeout(() => finish(established), 300);
    });
  });
}
