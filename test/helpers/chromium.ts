import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (never a downloaded browser) for the tests that render reports. Without it those
 * tests skip with a notice; CI sets NEGATION_NEGLECT_REQUIRE_CHROMIUM=1 so that a missing browser fails.
 */
export const CHROMIUM = process.env.NEGATION_NEGLECT_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM) {
  if (process.env.NEGATION_NEGLECT_REQUIRE_CHROMIUM === '1') {
    throw new Error(`NEGATION_NEGLECT_REQUIRE_CHROMIUM=1 but no Chromium at ${CHROMIUM}`);
  }
  console.warn(`\n*** SKIPPING the HTML report browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium) ***\n`);
}

/** Headless Chromium as root in a container, with nothing that reaches the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** `#rrggbb` as an RGB triple (to compare screenshot pixels with chart colours). */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
