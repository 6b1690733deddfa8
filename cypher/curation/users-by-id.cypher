// Accounts by id (a change's author and reviewer). $ids: user ids.
UNWIND $ids AS id
MATCH (u:User {id: id})
RETURN u {.*} AS user
