// Changes by id. $ids
UNWIND $ids AS id
MATCH (c:Change {id: id})
RETURN c {.*} AS change
