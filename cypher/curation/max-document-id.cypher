// The highest document id (three digits, as the seed numbers them), to number an added source.
MATCH (d:Document)
RETURN max(toInteger(d.id)) AS maxId
