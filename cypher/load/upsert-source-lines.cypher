// Upsert the lines of the source texts (one node per line, cat -n numbering), so that passages
// are read and searched in the database. $rows: [{id, doc, number, text}]
UNWIND $rows AS row
MERGE (l:SourceLine {id: row.id})
SET l += row, l.loadId = $loadId
