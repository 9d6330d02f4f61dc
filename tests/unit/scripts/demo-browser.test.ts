import { describe, expect, it } from 'vitest';
import { canShowWindow, findChromium, type Machine } from '../../../scripts/demo-browser';

const linux = (installed: string[], env: Machine['env'] = {}): Machine => ({
  platform: 'linux',
  env,
  exists: (path) => installed.includes(path),
});

describe('npm start finds Chromium', () => {
  it('takes CHROMIUM_PATH before any install path', () => {
    expect(findChromium(linux(['/opt/chromium/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chromium/chrome' }))).toEqual({
      path: '/opt/chromium/chrome',
    });
  });

  it('says so when CHROMIUM_PATH points nowhere, instead of quietly using another browser', () => {
    expect(findChromium(linux(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/gone' }))).toEqual({
      problem: 'CHROMIUM_PATH is set to /opt/gone, which does not exist.',
    });
  });

  it('prefers the Debian path, then the other distributions', () => {
    expect(findChromium(linux(['/snap/bin/chromium', '/usr/bin/chromium']))).toEqual({ path: '/usr/bin/chromium' });
    expect(findChromium(linux(['/snap/bin/chromium', '/usr/bin/chromium-browser']))).toEqual({ path: '/usr/bin/chromium-browser' });
    expect(findChromium(linux(['/snap/bin/chromium']))).toEqual({ path: '/snap/bin/chromium' });
  });

  it('looks in the app folders on macOS and Windows', () => {
    const mac: Machine = { platform: 'darwin', env: { HOME: '/Users/sam' }, exists: (p) => p.startsWith('/Users/sam/') };
    expect(findChromium(mac)).toEqual({ path: '/Users/sam/Applications/Chromium.app/Contents/MacOS/Chromium' });
    const win: Machine = { platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local' }, exists: () => true };
    expect(findChromium(win)).toEqual({ path: 'C:\\Users\\sam\\AppData\\Local\\Chromium\\Application\\chrome.exe' });
  });

  it('names where it looked and what to install when there is no Chromium', () => {
    const search = findChromium(linux([]));
    expect('problem' in search && search.problem).toMatch(/looked at CHROMIUM_PATH, then \/usr\/bin\/chromium, /);
    expect('problem' in search && search.problem).toContain('Debian: sudo apt-get install chromium');
    expect('problem' in search && search.problem).toContain('Google Chrome will not do');
    const mac = findChromium({ platform: 'darwin', env: {}, exists: () => false });
    expect('problem' in mac && mac.problem).toContain('brew install --cask chromium');
  });
});

describe('npm start opens a window', () => {
  it('where there is a screen, and runs headless elsewhere', () => {
    expect(canShowWindow({ platform: 'linux', env: { DISPLAY: ':0' } })).toBe(true);
    expect(canShowWindow({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true);
    expect(canShowWindow({ platform: 'linux', env: {} })).toBe(false);
    expect(canShowWindow({ platform: 'darwin', env: {} })).toBe(true);
    expect(canShowWindow({ platform: 'linux', env: { DISPLAY: ':0', CI: 'true' } })).toBe(false);
  });
});
