/**
 * The options page: settings followed live, a notice for stored data that had to be reset, a notice
 * when a team policy decides some fields, then one section per area.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings, type LoadedSettings } from '../settings/storage';
import { t } from '../ui/messages';
import { CustomSection } from './custom-section';
import { GeneralSection, StepsSection } from './general-section';
import { RulesSection } from './rules-section';
import type { Save } from './save';
import { SitesSection } from './sites-section';
import { StatsSection } from './stats-section';
import { TransferSection } from './transfer-section';

export function OptionsApp() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);

  useEffect(() => {
    let live = true;
    void loadSettings().then((first) => live && setLoaded(first));
    const unwatch = watchSettings((next) => setLoaded((before) => ({ ...next, problems: before?.problems ?? next.problems })));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  if (!loaded) return null;
  const save: Save = (change) =>
    updateSettings(change).then((result) => {
      if (!result.ok) return result.error;
      setLoaded((before) => ({ ...result, problems: before?.problems ?? [] }));
      return null;
    });
  const props = { settings: loaded.settings, locked: loaded.locked, save };

  return (
    <main class="options">
      <header>
        <h1>{t('options_title')}</h1>
        <p class="intro">{t('options_intro')}</p>
      </header>
      {loaded.problems.length > 0 && (
        <div class="notice" role="status" data-settings-problems="">
          <p>{t('options_problems')}</p>
          <ul>
            {loaded.problems.map((p, i) => (
              <li key={i} data-field={p.field}>
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {loaded.locked.size > 0 && (
        <p class="notice" data-policy-notice="">
          {t('options_policy', [...loaded.locked].sort().join(', '))}
        </p>
      )}
      <GeneralSection {...props} />
      <RulesSection {...props} />
      <StepsSection {...props} />
      <CustomSection {...props} requiredAvoid={loaded.requiredAvoid} />
      <SitesSection {...props} />
      <TransferSection {...props} requiredAvoid={loaded.requiredAvoid} />
      <StatsSection />
    </main>
  );
}
