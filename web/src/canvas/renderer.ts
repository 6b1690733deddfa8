/**
 * Which Cytoscape renderer draws the canvas: the plain 2D canvas, or its WebGL mode for large
 * graphs. Cytoscape picks the renderer only when an instance is created and has no fallback of its
 * own (without WebGL 2 it logs an error and draws nothing), so GraphView asks here first and
 * recreates its instance when the answer changes.
 */
import type { Core } from 'cytoscape';

/**
 * From this many elements (nodes + edges) on, WebGL draws the canvas where the GL runs on a GPU.
 * The 2D canvas, panning from a cached picture, holds 60 frames a second at 1,000 elements but
 * not at 5,000 (`npm run bench`, frame p95 by renderer).
 */
export const WEBGL_MIN_ELEMENTS = 3000;

/**
 * Back to the 2D canvas only below this share of the threshold, so expanding and collapsing
 * around it does not rebuild the instance every time.
 */
const WEBGL_KEEP_SHARE = 0.8;

/**
 * `auto` chooses by element count and GL; `webgl` draws with WebGL wherever there is one (even in
 * software), `canvas` never does. The bench and tests force one; a user can keep one per browser
 * in localStorage under RENDERER_PREFERENCE_KEY.
 */
export type RendererMode = 'auto' | 'canvas' | 'webgl';

export const RENDERER_PREFERENCE_KEY = 'atlas.renderer';

/** The renderer this browser was told to keep using, or `auto`. */
export function rendererPreference(): RendererMode {
  try {
    const stored = localStorage.getItem(RENDERER_PREFERENCE_KEY);
    return stored === 'canvas' || stored === 'webgl' ? stored : 'auto';
  } catch {
    return 'auto'; // storage refused (private mode, sandboxed frame)
  }
}

/** No WebGL 2; WebGL 2 on the CPU; WebGL 2 on a GPU. */
export type WebglSupport = 'none' | 'software' | 'hardware';

/**
 * A GL without a GPU (Chromium's SwiftShader, Mesa's llvmpipe): there Cytoscape's WebGL mode drew
 * pan/zoom frames many times slower than the 2D canvas at every size measured (`npm run bench`).
 */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let support: WebglSupport | null = null;

/** Whether and how this browser gives a WebGL 2 context (Cytoscape's WebGL mode needs version 2). Asked once. */
export function webglSupport(): WebglSupport {
  if (support === null) {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl === null) support = 'none';
    else {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL));
      support = SOFTWARE_GL.test(name) ? 'software' : 'hardware';
      // Browsers cap the number of live contexts; this one is done with.
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  }
  return support;
}

/** After a lost context (GPU reset, driver crash, too many contexts) WebGL is not used again in this page. */
export function webglLost(): void {
  support = 'none';
}

/** Whether WebGL should draw this many elements, given whether it draws them now. */
export function wantsWebgl(mode: RendererMode, elementCount: number, drawingWithWebgl: boolean): boolean {
  const gl = webglSupport();
  if (gl === 'none' || mode === 'canvas') return false;
  if (mode === 'webgl') return true;
  if (gl === 'software') return false;
  return elementCount >= (drawingWithWebgl ? WEBGL_MIN_ELEMENTS * WEBGL_KEEP_SHARE : WEBGL_MIN_ELEMENTS);
}

/** Whether an instance draws with WebGL (its renderer's flag, which the typings do not declare). */
export function drawsWithWebgl(cy: Core): boolean {
  return (cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl === true;
}

/** Cytoscape's `renderer` option (its typings do not declare it). */
export function rendererOptions(webgl: boolean): { renderer: Record<string, unknown> } {
  return { renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' } };
}
