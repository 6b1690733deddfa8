import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLauncherBuilt, startLocalNeo4j, type LocalNeo4j } from '../../server/src/neo4j/localNeo4j.js';

const MINUTE = 60_000;

function connect(uri: string): Driver {
  // No auth token: auth is disabled. Short timeouts so that "the database is down" shows up as a fast
  // failure rather than a long retry.
  return neo4j.driver(uri, undefined, { connectionTimeout: 3000, maxTransactionRetryTime: 0 });
}

/** True if a process with this pid exists and is still our launcher JVM (guards against pid reuse). */
function isLauncherJvmAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('atlas-neo4j-launcher');
  } catch {
    return true; // no /proc (macOS): the pid exists, assume the worst
  }
}

async function dirExists(dir: string): Promise<boolean> {
  return fs.stat(dir).then(
    () => true,
    () => false,
  );
}

describe('local Neo4j launcher', () => {
  // Everything started here is stopped even when an assertion fails midway.
  const started: LocalNeo4j[] = [];
  const drivers: Driver[] = [];
  let persistentDir: string | undefined;
  let sharedPort: number | undefined;

  beforeAll(async () => {
    // The first build downloads ~120 MB from Maven Central.
    await ensureLauncherBuilt((msg) => console.log(`[launcher] ${msg}`));
  }, 20 * MINUTE);

  afterAll(async () => {
    await Promise.all(drivers.map((driver) => driver.close()));
    await Promise.all(started.map((instance) => instance.stop()));
    if (persistentDir !== undefined) await fs.rm(persistentDir, { recursive: true, force: true });
  }, 2 * MINUTE);

  it(
    'runs an ephemeral Neo4j 5.26 with the CJK analyzer and dies when killed',
    async () => {
      const spawnedAt = Date.now();
      const db = await startLocalNeo4j({ ephemeral: true });
      started.push(db);
      console.log(`local Neo4j ${db.version} at ${db.uri} ready in ${Date.now() - spawnedAt} ms (pid ${db.pid})`);
      sharedPort = db.port;
      expect(db.uri).toBe(`bolt://127.0.0.1:${db.port}`);

      const driver = connect(db.uri);
      drivers.push(driver);

      const components = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition');
      const kernel = components.records.find((record) => record.get('name') === 'Neo4j Kernel');
      const versions = kernel?.get('versions') as string[] | undefined;
      console.log(`dbms.components(): Neo4j Kernel ${versions?.join(', ')} (${String(kernel?.get('edition'))})`);
      expect(versions?.[0]).toMatch(/^5\.26/);
      expect(db.version).toBe(versions?.[0]);

      await driver.executeQuery('CREATE (:Alliance {name: $name, nameJa: $nameJa})', {
        name: 'NATO',
        nameJa: '北大西洋条約機構',
      });
      const read = await driver.executeQuery('MATCH (a:Alliance {name: $name}) RETURN a.nameJa AS nameJa', {
        name: 'NATO',
      });
      expect(read.records.map((record) => record.get('nameJa'))).toEqual(['北大西洋条約機構']);

      const analyzers = await driver.executeQuery(
        'CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS names',
      );
      expect(analyzers.records[0]?.get('names')).toContain('cjk');

      db.kill();
      await db.exited;
      expect(isLauncherJvmAlive(db.pid)).toBe(false);
      await expect(driver.executeQuery('RETURN 1')).rejects.toThrow();
      // The JVM never got to clean up; the Node side removes the throwaway store.
      expect(await dirExists(db.dataDir)).toBe(false);
    },
    5 * MINUTE,
  );

  it(
    'keeps a persistent store across SIGKILL and a restart on the same port',
    async () => {
      expect(sharedPort).toBeDefined();
      const port = sharedPort!;
      persistentDir = await fs.mkdtemp(path.join(os.tmpdir(), 'atlas-neo4j-test-'));

      const first = await startLocalNeo4j({ port, dataDir: persistentDir });
      started.push(first);
      expect(first.port).toBe(port);
      const firstDriver = connect(first.uri);
      drivers.push(firstDriver);
      await firstDriver.executeQuery('CREATE (:Framework {name: $name})', { name: 'Quad' });

      // A crash, not a clean shutdown: the restart has to recover from the transaction log.
      first.kill();
      await first.exited;
      expect(isLauncherJvmAlive(first.pid)).toBe(false);
      await expect(firstDriver.executeQuery('MATCH (n) RETURN count(n)')).rejects.toThrow();

      const restartedAt = Date.now();
      const second = await startLocalNeo4j({ port, dataDir: persistentDir });
      started.push(second);
      console.log(`restart on port ${port} with existing store ready in ${Date.now() - restartedAt} ms`);
      expect(second.uri).toBe(first.uri);
      const secondDriver = connect(second.uri);
      drivers.push(secondDriver);
      const result = await secondDriver.executeQuery('MATCH (f:Framework) RETURN f.name AS name');
      expect(result.records.map((record) => record.get('name'))).toEqual(['Quad']);

      await second.stop();
      expect(isLauncherJvmAlive(second.pid)).toBe(false);
      expect(await dirExists(persistentDir)).toBe(true);
    },
    8 * MINUTE,
  );
});
