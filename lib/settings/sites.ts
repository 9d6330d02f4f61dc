/**
 * Where Defuse runs: host names switched on or off. A key covers the host and its subdomains
 * (`zendesk.com` covers `acme.zendesk.com`); the longest matching key wins.
 */
import { describe, isRecord, type FieldValidator } from './problems';

/** Helpdesks on by default, sorted. */
export const DEFAULT_SITES: Readonly<Record<string, boolean>> = Object.freeze({
  'app.hubspot.com': true,
  'desk.zoho.com': true,
  'freshdesk.com': true,
  'front.com': true,
  'frontapp.com': true,
  'gorgias.com': true,
  'helpscout.net': true,
  'intercom.com': true,
  'mail.google.com': true,
  'zendesk.com': true,
});

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export const validateSites: FieldValidator<Record<string, boolean>> = (value, path, problems) => {
  if (!isRecord(value)) {
    problems.push({ field: path, message: `${path} must be an object of host names to true/false, not ${describe(value)}.` });
    return undefined;
  }
  const sites: Record<string, boolean> = {};
  for (const key of Object.keys(value).sort()) {
    const host = key.trim().toLowerCase();
    const on = value[key];
    if (!HOST.test(host)) problems.push({ field: `${path}["${key}"]`, message: `${path}["${key}"] is not a host name (like "acme.zendesk.com").` });
    else if (typeof on !== 'boolean') problems.push({ field: `${path}["${key}"]`, message: `${path}["${key}"] must be true or false.` });
    else sites[host] = on;
  }
  return sites;
};

/** Whether `host` is switched on: its longest listed suffix decides; unlisted hosts are off. */
export function isSiteEnabled(sites: Readonly<Record<string, boolean>>, host: string): boolean {
  const labels = host.toLowerCase().split('.');
  for (let i = 0; i < labels.length; i++) {
    const on = sites[labels.slice(i).join('.')];
    if (on !== undefined) return on;
  }
  return false;
}

/** The match pattern that covers a site: the host and its subdomains, over http and https. */
export function sitePattern(host: string): string {
  return `*://*.${host}/*`;
}

/** The host a pattern from `sitePattern` covers, or null for any other pattern. */
export function siteOfPattern(pattern: string): string | null {
  const m = /^\*:\/\/\*\.([^/*]+)\/\*$/.exec(pattern);
  return m && HOST.test(m[1]!) ? m[1]! : null;
}

/**
 * The content script's file: entrypoints/bootstrap.ts, built as an unlisted script and listed in the
 * manifest by wxt.config.ts (see the entrypoint for why it is not a WXT content script).
 */
export const CONTENT_SCRIPT_FILE = 'bootstrap.js';

/** The default helpdesks' patterns: the extension's host permissions and content-script matches. */
export const DEFAULT_SITE_PATTERNS: readonly string[] = Object.keys(DEFAULT_SITES).map(sitePattern);

/** A host name from what an agent types: a bare host, or a URL copied from the address bar. */
export function parseSite(input: string): { host: string } | { error: string } {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return { error: 'Type the address of your helpdesk, like acme.zendesk.com.' };
  let host = trimmed;
  if (/^[a-z]+:\/\//.test(trimmed)) {
    try {
      host = new URL(trimmed).hostname;
    } catch {
      return { error: `“${input.trim()}” is not a web address.` };
    }
  }
  host = host.replace(/^\*\./, '').replace(/\/.*$/, '').replace(/\.$/, '');
  if (!HOST.test(host) || !host.includes('.')) return { error: `“${input.trim()}” is not a host name (like acme.zendesk.com).` };
  return { host };
}
