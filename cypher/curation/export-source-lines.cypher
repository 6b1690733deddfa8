// npm run export: the stored text of an added source, line by line. $doc
MATCH (l:SourceLine {doc: $doc})
RETURN l.text AS text
ORDER BY l.number
