/**
 * `/metrics` for Prometheus, never for the public: answered only to loopback (127.0.0.1, ::1) and
 * the networks of METRICS_ALLOW, judged by the connection's own address (a forwarded-for header
 * could be forged), at the app's port and, when METRICS_PORT is set, on a port of its own.
 */
import net from 'node:net';
import type { Server } from 'node:http';
import express, { type RequestHandler } from 'express';
import type { Registry } from 'prom-client';
import type { Logger } from '../logger.js';

export interface Subnet {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** Whether a peer address may read the metrics: loopback or one of the allowed networks. */
export function metricsAllowlist(allow: readonly Subnet[]): (address: string | undefined) => boolean {
  const list = new net.BlockList();
  list.addAddress('127.0.0.1', 'ipv4');
  list.addAddress('::1', 'ipv6');
  for (const subnet of allow) list.addSubnet(subnet.address, subnet.prefix, subnet.family);
  return (address) => {
    if (address === undefined) return false;
    // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d.
    const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (v4 !== undefined) return list.check(v4, 'ipv4');
    return list.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
  };
}

export function metricsHandler(registry: Registry, allow: readonly Subnet[]): RequestHandler {
  const allowed = metricsAllowlist(allow);
  return async (req, res) => {
    if (!allowed(req.socket.remoteAddress)) {
      res.status(403).type('text').send('Metrics are served to loopback and METRICS_ALLOW only.\n');
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  };
}

/** A listener that serves only /metrics (METRICS_PORT). */
export function listenForMetrics(handler: RequestHandler, host: string, port: number, log: Logger): Promise<Server> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', handler);
  return new Promise((resolve, reject) => {
    // Express 5 hands a failed listen's error to the callback.
    const server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      log.info('metrics listening', { host, port });
      resolve(server);
    });
  });
}
