// Ranges of source-text lines, each in order: $ranges [{key, doc, from, to}] (inclusive, bounded by
// the server). The composite index on (doc, number) serves each range.
UNWIND $ranges AS range
CALL (range) {
  MATCH (l:SourceLine)
  WHERE l.doc = range.doc AND l.number >= range.from AND l.number <= range.to
  WITH l ORDER BY l.number
  RETURN collect(l {.doc, .number, .text}) AS lines
}
RETURN range.key AS key, lines
