// npm run export: every source document, seed and added, in id order.
MATCH (d:Document)
RETURN d {.*} AS document
ORDER BY d.id
