/**
 * A web server that is not Slack, on loopback: records every request it gets (with its Authorization header)
 * so a test can prove the bot token never reached it.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ForeignServer {
  /** http://127.0.0.1:<port>, a different host:port from the fake Slack API. */
  baseUrl: string;
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

export async function startForeignServer(body = 'Job Title: Foreign Document\n'): Promise<ForeignServer> {
  const requests: ForeignServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? '/', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
