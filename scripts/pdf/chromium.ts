import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; QL_CHROMIUM points to another Chromium 131+ (older ones print no running header). */
export const chromiumPath = () => process.env['QL_CHROMIUM'] ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Fails with what to install rather than skipping the PDFs: a site without them is not the site. */
export function requireChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(
      `Chromium is needed to export the issues as PDF and was not found at ${path}.\n` +
        `Install it with: apt-get install -y chromium\n` +
        `(or set QL_CHROMIUM to the path of a Chromium 131 or newer).`,
    );
  }
  return path;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: ARGS });
}
