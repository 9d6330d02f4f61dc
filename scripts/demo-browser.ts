/**
 * Which Chromium `npm start` drives, and whether it can show a window. Pure (platform, environment
 * and file check passed in) so the search order and the advice are unit-tested.
 */
import { posix, win32 } from 'node:path';

export interface Machine {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
}

export type ChromiumSearch = { path: string } | { problem: string };

/** Usual install paths, most common first. Branded Google Chrome is left out: it ignores --load-extension. */
export function chromiumCandidates({ platform, env }: Omit<Machine, 'exists'>): string[] {
  if (platform === 'darwin') {
    const app = 'Chromium.app/Contents/MacOS/Chromium';
    return [posix.join('/Applications', app), ...(env.HOME ? [posix.join(env.HOME, 'Applications', app)] : [])];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => !!root);
    return roots.map((root) => win32.join(root, 'Chromium', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/lib/chromium/chromium'];
}

/** CHROMIUM_PATH when set (and then only it), else the first usual install path that exists. */
export function findChromium(machine: Machine): ChromiumSearch {
  const fromEnv = machine.env.CHROMIUM_PATH;
  if (fromEnv) {
    return machine.exists(fromEnv) ? { path: fromEnv } : { problem: `CHROMIUM_PATH is set to ${fromEnv}, which does not exist.` };
  }
  const candidates = chromiumCandidates(machine);
  const found = candidates.find((path) => machine.exists(path));
  if (found) return { path: found };
  return {
    problem: [
      `No Chromium found (looked at CHROMIUM_PATH, then ${candidates.join(', ')}). Install it:`,
      ...installAdvice(machine.platform).map((line) => `  ${line}`),
      'or point CHROMIUM_PATH at a Chromium you have. Google Chrome will not do: it ignores --load-extension',
      '(load .output/chrome-mv3 by hand from chrome://extensions instead).',
    ].join('\n'),
  };
}

function installAdvice(platform: NodeJS.Platform): string[] {
  const anywhere = 'any system: npx @puppeteer/browsers install chromium@latest, then set CHROMIUM_PATH to the path it prints';
  if (platform === 'darwin') return ['macOS: brew install --cask chromium', anywhere];
  if (platform === 'win32') return [anywhere];
  return [
    'Debian: sudo apt-get install chromium',
    'Ubuntu: sudo snap install chromium',
    'Fedora: sudo dnf install chromium',
    'Arch: sudo pacman -S chromium',
    anywhere,
  ];
}

/** macOS and Windows always have a screen; elsewhere a window needs X11 or Wayland. CI never shows one. */
export function canShowWindow({ platform, env }: Omit<Machine, 'exists'>): boolean {
  if (env.CI === 'true') return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return !!(env.DISPLAY || env.WAYLAND_DISPLAY);
}
