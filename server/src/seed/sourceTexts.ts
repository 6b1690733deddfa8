/**
 * The source texts, read from the sources directory so that the loader can store them line by
 * line. They are the user's corpus: never copied into the repository, and a missing file only
 * means that its passages are unavailable.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset, SourceDocument, SourceText } from '../domain/model.js';

/** Lines as `cat -n` numbers them: split on '\n', a final newline does not start another line. */
export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Where source texts are: one folder, or several looked in in order (an export's texts/, then the corpus). */
export type SourcesDir = string | readonly string[];

/** The path of a document's file: in the first folder that has it, else where the first would have it. */
export function sourceFile(sourcesDir: SourcesDir, file: string): string {
  const dirs = typeof sourcesDir === 'string' ? [sourcesDir] : sourcesDir;
  const paths = dirs.map((dir) => path.join(dir, file));
  return paths.find((p) => existsSync(p)) ?? paths[0] ?? file;
}

/** The texts of the documents whose files are in `sourcesDir` (none when it is undefined). */
export function readSourceTexts(
  documents: readonly SourceDocument[],
  sourcesDir: SourcesDir | undefined,
): SourceText[] {
  if (sourcesDir === undefined) return [];
  return documents.flatMap((doc) => {
    const file = sourceFile(sourcesDir, doc.file);
    return existsSync(file) ? [{ doc: doc.id, lines: splitLines(readFileSync(file, 'utf8')) }] : [];
  });
}

/** The dataset with the texts of its documents that `sourcesDir` holds. */
export function withSourceTexts(dataset: Dataset, sourcesDir: SourcesDir | undefined): Dataset {
  return { ...dataset, texts: readSourceTexts(dataset.documents, sourcesDir) };
}
