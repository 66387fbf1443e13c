import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: the tests never let a tool download a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling hosts this offline machine refuses.
const OFFLINE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium for an offline machine; launch() gives it a fresh temporary profile, removed on close. */
export function launchOfflineChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: OFFLINE_FLAGS });
}
