/**
 * A large synthetic neighbourhood for the canvas-at-scale tests: a hub with n − 1 neighbours and a
 * ring among them (n nodes, about 2n relations), served in place of the API's Neighborhood answer.
 */
import type { Page, Route } from 'playwright-core';
import { GRAPHQL_ROUTE, operationOf } from './browser';

export function hubNeighbourhood(nodeCount: number) {
  const entity = (i: number) => ({
    id: i === 0 ? 'actor:hub' : `actor:n${i}`,
    kind: i % 3 === 0 ? 'FRAMEWORK' : 'ACTOR',
    type: 'state',
    name: `Node ${i}`,
    nameJa: `ノード${i}`,
    acronym: null,
    start: { value: String(1950 + (i % 70)), precision: 'YEAR', year: 1950 + (i % 70) },
    end: null,
    degree: i === 0 ? nodeCount - 1 : 3,
  });
  const relation = (from: number, to: number, type: string) => ({
    id: `${entity(from).id}-[${type}]->${entity(to).id}`,
    type,
    from: { id: entity(from).id },
    to: { id: entity(to).id },
    role: null,
    roleJa: null,
    since: null,
    until: null,
    conflicted: false,
    claims: [],
  });
  const nodes = Array.from({ length: nodeCount }, (_, i) => entity(i));
  const spokes = nodes.slice(1).map((_, i) => relation(i + 1, 0, 'MEMBER_OF'));
  const ring = nodes.slice(2).map((_, i) => relation(i + 2, i + 1, 'PARTNER_OF'));
  return { nodes, edges: [...spokes, ...ring], truncated: false };
}

export type HubNeighbourhood = ReturnType<typeof hubNeighbourhood>;

/**
 * The app's URL that opens the hub expanded to all its neighbours, each drawn as its own node:
 * their group (all are of one sub-type) is open.
 */
export const hubPath = (slice: HubNeighbourhood) =>
  `/?n=actor:hub&x=actor:hub~~${slice.nodes.length}&g=actor:hub~state`;

/** Answers the app's neighbourhood and hub-details requests with the slice; everything else goes to the API. */
export async function serveHubNeighbourhood(page: Page, slice: HubNeighbourhood): Promise<void> {
  await page.route(GRAPHQL_ROUTE, async (route: Route) => {
    const operation = operationOf(route.request());
    if (operation === 'Neighborhood') await route.fulfill({ json: { data: { neighborhood: slice } } });
    else if (operation === 'EntitiesWithRelations') {
      await route.fulfill({ json: { data: { entities: [{ ...slice.nodes[0], relations: { edges: [] } }] } } });
    } else await route.continue();
  });
}
