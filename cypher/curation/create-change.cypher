// Records a proposed change (proposeChange). $change: the ChangeRecord's properties.
CREATE (c:Change)
SET c = $change
RETURN c {.*} AS change
