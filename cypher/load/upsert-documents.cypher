// Upsert source documents. $rows: [{id, file, lineCount, title, titleJa, publisher, date}]
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row, d.loadId = $loadId
