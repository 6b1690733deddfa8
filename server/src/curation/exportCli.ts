/**
 * `npm run export -- DIR`: writes the whole accepted graph (seed and curated, with authors and
 * reviewers) into DIR in the seed's format; `npm run seed -- --check DIR` validates it and
 * `npm run seed -- DIR` loads it. DIR/texts/ holds the texts of sources added through curation.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connect.js';
import { CurationRepository } from '../db/curationRepository.js';
import { writeExport } from './export.js';

async function main(dir: string | undefined): Promise<number> {
  if (!dir) {
    console.error('usage: npm run export -- DIR   (DIR must be empty or not exist)');
    return 2;
  }
  const target = path.resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    console.error(`${target} is not empty; export into a new directory`);
    return 2;
  }
  const config = readConfig();
  const log = createLogger(config.LOG_LEVEL, { component: 'export' });
  const connection = await connectNeo4j(config, log);
  try {
    const repo = new CurationRepository(connection.driver, { database: connection.database, queryTimeoutMs: 120_000 });
    const graph = await repo.exportGraph();
    const files = writeExport(target, graph);
    console.log(
      `exported ${graph.entities.length} entities, ${graph.relations.length} relations, ${graph.claims.length} claims, ` +
        `${graph.documents.length} documents into ${target} (${files.length} files)`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
