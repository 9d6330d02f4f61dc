/**
 * Where Defuse coaches. The default helpdesks come switched on; adding the agent's own helpdesk asks
 * the browser for access to it at that moment, and removing it gives that access back.
 */
import { useState } from 'preact/hooks';
import { releaseSiteAccess, switchSite } from '../settings/site-permissions';
import { DEFAULT_SITES, parseSite } from '../settings/sites';
import { t } from '../ui/messages';
import { Section, type SectionStatus } from './section';
import type { SectionProps } from './save';

export function SitesSection({ settings, locked, save }: SectionProps) {
  const [status, setStatus] = useState<SectionStatus | null>(null);
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const isLocked = locked.has('sites');
  const report = (error: string | null, done: string) => setStatus(error ? { kind: 'error', text: error } : { kind: 'done', text: done });

  /** Switching on asks for access first, inside the click (see switchSite). */
  const setSite = (host: string, on: boolean, done: string) =>
    switchSite(host, on, save).then((error) => {
      if (error === 'refused') {
        report(t('options_site_refused', host), '');
        return false;
      }
      report(error, done);
      return error === null;
    });

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseSite(input);
    if ('error' in parsed) {
      setProblem(parsed.error);
      return;
    }
    setProblem(null);
    void setSite(parsed.host, true, t('options_site_added', parsed.host)).then((ok) => ok && setInput(''));
  };

  const remove = (host: string) => {
    void releaseSiteAccess(host)
      .catch(() => undefined)
      .then(() =>
        save((s) => {
          const sites = { ...s.sites };
          delete sites[host];
          return { ...s, sites };
        }),
      )
      .then((error) => report(error, t('options_site_removed', host)));
  };

  return (
    <Section id="sites" title={t('options_sites')} intro={t('options_sites_intro')} locked={isLocked} status={status}>
      <ul class="sites">
        {Object.keys(settings.sites)
          .sort()
          .map((host) => (
            <li key={host} data-site={host}>
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={settings.sites[host]}
                  disabled={isLocked}
                  data-site-switch={host}
                  onChange={(e) => void setSite(host, e.currentTarget.checked, t('options_saved'))}
                />
                <span>{host}</span>
              </label>
              {!(host in DEFAULT_SITES) && (
                <button type="button" disabled={isLocked} aria-label={t('options_remove_label', host)} data-remove-site={host} onClick={() => remove(host)}>
                  {t('options_remove')}
                </button>
              )}
            </li>
          ))}
      </ul>
      {!isLocked && (
        <form class="site-form" onSubmit={add} noValidate>
          <label>
            <span>{t('options_site_field')}</span>
            <input
              type="text"
              name="site"
              placeholder="acme.zendesk.com"
              value={input}
              onInput={(e) => setInput(e.currentTarget.value)}
              data-site-input=""
              {...(problem ? { 'aria-invalid': true, 'aria-describedby': 'site-problem' } : {})}
            />
          </label>
          <button type="submit" data-add-site="">
            {t('options_add_site')}
          </button>
          {problem && (
            <p id="site-problem" class="error" role="alert" data-field-problem="site">
              {problem}
            </p>
          )}
        </form>
      )}
    </Section>
  );
}
