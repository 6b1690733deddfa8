/**
 * Splits the operations file into one request document per operation, carrying only the
 * fragments that operation uses (GraphQL rejects documents with unused fragments). A regex
 * split suffices because the file is prettier-formatted: every definition starts at column 0.
 */

const DEFINITION_START = /^(query|mutation|fragment)\s+(\w+)/gm;
const FRAGMENT_SPREAD = /\.\.\.\s*(\w+)/g;

interface Definition {
  kind: 'query' | 'mutation' | 'fragment';
  name: string;
  text: string;
}

function splitDefinitions(source: string): Definition[] {
  const starts = [...source.matchAll(DEFINITION_START)];
  return starts.map((match, i) => {
    const end = starts[i + 1]?.index ?? source.length;
    return {
      kind: match[1] as Definition['kind'],
      name: match[2] ?? '',
      text: source.slice(match.index, end).trim(),
    };
  });
}

/** A map from operation name to the text to send: the operation followed by its fragments. */
export function operationDocuments(source: string): Map<string, string> {
  const definitions = splitDefinitions(source);
  const fragments = new Map(definitions.filter((d) => d.kind === 'fragment').map((d) => [d.name, d.text]));
  const documents = new Map<string, string>();
  for (const operation of definitions.filter((d) => d.kind !== 'fragment')) {
    const needed = new Set<string>();
    const queue = [operation.text];
    while (queue.length > 0) {
      const text = queue.pop() ?? '';
      for (const [, name] of text.matchAll(FRAGMENT_SPREAD)) {
        const fragment = name === undefined ? undefined : fragments.get(name);
        if (name !== undefined && fragment !== undefined && !needed.has(name)) {
          needed.add(name);
          queue.push(fragment);
        }
      }
    }
    const parts = [operation.text, ...[...needed].map((name) => fragments.get(name) ?? '')];
    documents.set(operation.name, parts.join('\n\n'));
  }
  return documents;
}
