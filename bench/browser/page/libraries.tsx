/**
 * The bundle-size floor: the libraries the explorer cannot do without (React, Cytoscape, fcose),
 * used just enough that the bundler keeps them.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { createRoot } from 'react-dom/client';

cytoscape.use(fcose);
const stage = document.getElementById('stage')!;
createRoot(stage).render(<div ref={(container) => void (container && cytoscape({ container }))} />);
