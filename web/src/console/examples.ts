/** Example queries opened as tabs in the console. */
export const EXAMPLE_QUERIES: readonly string[] = [
  `# Who belongs to SEATO, ANZUS and the Quad, and where do they overlap?
# Run it, then press "Draw result on canvas".
query CompareFrameworks {
  compare(ids: ["framework:seato", "framework:anzus", "framework:quad"]) {
    frameworks { id kind name nameJa }
    rows {
      actor { id kind name }
      cells { framework { id } relations { id type from { id } to { id } since { value } } }
    }
  }
}
`,
  `# The shortest chains of relations from SEATO to the Quad, with citations.
query TraceSeatoToQuad {
  trace(from: "framework:seato", to: "framework:quad", maxHops: 4) {
    truncated
    paths {
      length
      nodes { id kind name }
      edges {
        id type from { id } to { id }
        claims { document { file title } lineStart lineEnd note }
      }
    }
  }
}
`,
  `# Japan's relations, with what each source says.
query JapanRelations {
  entity(id: "actor:japan") {
    id kind name nameJa degree
    relations(first: 20) {
      totalCount
      edges { node { id type from { id kind name } to { id kind name } since { value precision } } }
    }
  }
}
`,
  `# Where the sources disagree.
query Conflicts {
  conflicts {
    kind topic topicJa field
    relation { id type from { id kind name } to { id kind name } }
    claims { note since document { file } lineStart lineEnd }
  }
}
`,
];
