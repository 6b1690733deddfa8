/**
 * Errors reach the user in the user's language: with the database gone, a Japanese user reads the
 * Japanese message for UNAVAILABLE (not the server's English) and is offered a retry. The shared
 * app and Neo4j stay up: this file starts an app of its own that talks to Neo4j through a relay,
 * and closing the relay takes the database away from that app only.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translator } from '../../web/src/i18n/strings';
import { startTestApp, type TestApp } from '../support/app';
import { openApp, poll, screenshot, useBrowser } from './browser';

/** A TCP relay to Neo4j's Bolt port; `close()` cuts every connection and refuses new ones. */
async function startRelay(target: URL): Promise<{ uri: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port) });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        sockets.forEach((socket) => socket.destroy());
      }),
  };
}

const browser = useBrowser();
let relay: Awaited<ReturnType<typeof startRelay>>;
let app: TestApp;

beforeAll(async () => {
  relay = await startRelay(new URL(inject('neo4jUri')));
  // The shared database is seeded already; this app only reads it.
  app = await startTestApp({ NEO4J_URI: relay.uri, SEED_ON_START: 'never' });
});
afterAll(async () => {
  await app?.stop();
  await relay?.close();
});

describe('errors', () => {
  it('tells a Japanese user in Japanese that the database is unavailable, with a retry', async () => {
    await relay.close();
    const ja = translator('ja');
    const page = await openApp(browser, '/?n=framework:quad&x=framework:quad~~25', {
      appUrl: app.url,
      locale: 'ja-JP',
    });
    const alert = page.locator('.canvas-status [role=alert]');
    await poll(() => alert.getAttribute('data-error-code')).toBe('UNAVAILABLE');
    expect(await alert.locator('strong').textContent()).toBe(ja('error_UNAVAILABLE'));
    // The server's own (English) message stays on hand as the title, not as the text.
    expect(await alert.getAttribute('title')).toMatch(/unavailable/i);
    expect(await alert.textContent()).not.toMatch(/The graph database is unavailable/);
    await expect(alert.getByRole('button', { name: ja('retry') }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'unavailable-japanese');
    await page.context().close();
  });
});
