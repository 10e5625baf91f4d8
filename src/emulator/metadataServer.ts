import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { missingHeaderPage, notFoundPage } from './googlePages.js';
import { isDirectory, isReply, type MetadataNode } from './metadataTree.js';

const PREFIX = '/computeMetadata/v1/';

export interface MetadataServer {
  /** `127.0.0.1:PORT`, the form GCE_METADATA_HOST takes. */
  host: string;
  close: () => Promise<void>;
}

/** A loopback metadata server that speaks the real protocol: header check, Google's pages, 301 for a directory without its slash. */
export async function startMetadataServer(tree: MetadataNode): Promise<MetadataServer> {
  const server = createServer((request, response) => answer(tree, request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(tree: MetadataNode, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://metadata.google.internal');
  const send = (status: number, body: string, type = 'application/text', extra: Record<string, string> = {}) => {
    response.writeHead(status, { 'Metadata-Flavor': 'Google', Server: 'Metadata Server for VM', 'Content-Type': type, ...extra });
    response.end(body);
  };
  if (request.headers['metadata-flavor'] !== 'Google') return send(403, missingHeaderPage(url.pathname), 'text/html; charset=UTF-8');
  const notFound = () => send(404, notFoundPage(url.pathname), 'text/html; charset=UTF-8');
  if (!url.pathname.startsWith(PREFIX)) return notFound();
  const segments = url.pathname.slice(PREFIX.length).split('/');
  const wantsDirectory = segments.at(-1) === '';
  let node: MetadataNode | undefined = tree;
  for (const segment of segments.filter(Boolean)) {
    node = node !== undefined && isDirectory(node) ? (node as Record<string, MetadataNode>)[segment] : undefined;
  }
  if (node === undefined) return notFound();
  if (isReply(node)) return node.status === 404 && node.body === '' ? notFound() : send(node.status, node.body);
  const json = url.searchParams.get('alt') === 'json';
  if (!isDirectory(node)) {
    if (wantsDirectory) return notFound();
    return json ? send(200, JSON.stringify(node), 'application/json') : send(200, String(node));
  }
  if (!wantsDirectory) return send(301, '', 'text/html', { Location: `${url.pathname}/${url.search}` });
  if (url.searchParams.get('recursive') === 'true') return send(200, JSON.stringify(plain(node)), 'application/json');
  const listing = Object.entries(node).map(([name, child]) => (isDirectory(child) ? `${name}/` : name));
  send(200, listing.join('\n') + '\n');
}

/** A directory as `?recursive=true` returns it; endpoints with a status of their own are left out. */
function plain(node: MetadataNode): unknown {
  if (isReply(node)) return undefined;
  if (Array.isArray(node)) return node.map(plain);
  if (!isDirectory(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([name, child]) => [name, plain(child)]).filter(([, value]) => value !== undefined));
}
