/**
 * How every browser check starts Debian's Chromium: headless, and without the background
 * networking that this machine's closed network refuses.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * WebGL on the CPU (SwiftShader through ANGLE): headless Chromium without a GPU falls back to it
 * for now but warns that this fallback is going away; asked for explicitly, it stays.
 */
export const SOFTWARE_WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** No WebGL at all, as in a browser or machine without it. */
export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
