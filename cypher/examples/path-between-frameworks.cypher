// The shortest paths between two frameworks (e.g. SEATO and the Quad), every hop with its sources.
// :param from => 'framework:seato'
// :param to => 'framework:quad'
MATCH p = SHORTEST 5 (a:Entity {id: $from})(()-[]-(:Entity)){1,4}(b:Entity {id: $to})
RETURN [n IN nodes(p) | n.name] AS via,
       [r IN relationships(p) | type(r) + ' (' + coalesce(r.since, 'undated') + ')'] AS hops,
       length(p) AS length
ORDER BY length
