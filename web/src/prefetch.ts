/**
 * Runs before the app's bundle (its own entry in index.html): sends the requests the page's URL
 * needs while the browser is still compiling React, Cytoscape and the app, which took about half
 * a second before the first request went out (npm run bench), and starts the layout worker, whose
 * script then loads and compiles alongside. The app takes the answers up when it asks the same
 * (api/client.ts).
 */
import { requestAhead } from './api/client';
import { startLayoutWorker } from './canvas/layoutClient';
import { EMPTY_CACHE } from './graph/model';
import { sliceRequests } from './graph/requests';
import { traceAsOf } from './view/state';
import { decodeView } from './view/url';

const view = decodeView(window.location.search);
const { nodes, expansions, trace } = sliceRequests(view.doc, EMPTY_CACHE, traceAsOf(view.doc.trace, view.year));
if (nodes !== null) requestAhead('EntitiesWithRelations', nodes.variables);
for (const expansion of expansions) requestAhead('Neighborhood', expansion.variables);
if (trace !== null) requestAhead('Trace', trace.variables);
requestAhead('Atlas', {});
startLayoutWorker();
