/** Example queries opened as tabs in the console, their comments in the interface language. */
import type { Translate } from '../i18n/strings';

/** Each line of a comment as a GraphQL comment line. */
const comment = (text: string): string =>
  text
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');

export const exampleQueries = (t: Translate): string[] => [
  `${comment(t('consoleExampleCompare'))}
${comment(t('consoleExampleDraw', { draw: t('drawResult') }))}
query CompareFrameworks {
  compare(ids: ["framework:seato", "framework:anzus", "framework:quad"]) {
    frameworks { id kind name nameJa }
    rows {
      actor { id kind name nameJa }
      cells { framework { id } relations { id type from { id } to { id } since { value } } }
    }
  }
}
`,
  `${comment(t('consoleExampleTrace'))}
query TraceSeatoToQuad {
  trace(from: "framework:seato", to: "framework:quad", maxHops: 4) {
    truncated
    paths {
      length
      nodes { id kind name nameJa }
      edges {
        id type from { id } to { id }
        claims { document { file title titleJa } lineStart lineEnd note noteJa }
      }
    }
  }
}
`,
  `${comment(t('consoleExampleJapan'))}
query JapanRelations {
  entity(id: "actor:japan") {
    id kind name nameJa degree
    relations(first: 20) {
      totalCount
      edges { node { id type from { id kind name nameJa } to { id kind name nameJa } since { value precision } } }
    }
  }
}
`,
  `${comment(t('consoleExampleConflicts'))}
query Conflicts {
  conflicts {
    kind topic topicJa field
    relation { id type from { id kind name nameJa } to { id kind name nameJa } }
    claims { note noteJa since document { file } lineStart lineEnd }
  }
}
`,
];
