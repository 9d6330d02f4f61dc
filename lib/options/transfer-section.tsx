/** Export all settings to a JSON file, and import one (checked field by field before anything changes). */
import { useState } from 'preact/hooks';
import type { CustomPhrase } from '../analyzer/types';
import type { SettingsProblem } from '../settings/problems';
import { exportSettings, MAX_IMPORT_BYTES, mergeImport, parseImport } from '../settings/transfer';
import { t } from '../ui/messages';
import { Section, type SectionStatus } from './section';
import type { SectionProps } from './save';

export function TransferSection(props: SectionProps & { requiredAvoid: readonly CustomPhrase[] }) {
  const { settings, locked, save } = props;
  const [status, setStatus] = useState<SectionStatus | null>(null);
  const [problems, setProblems] = useState<SettingsProblem[]>([]);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'defuse-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const importFile = async (file: File) => {
    setProblems([]);
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ kind: 'error', text: t('options_import_too_big', file.name) });
      return;
    }
    const result = parseImport(await file.text());
    if (!result.ok) {
      setProblems(result.problems);
      setStatus({ kind: 'error', text: t('options_import_refused', file.name) });
      return;
    }
    let kept: string[] = [];
    const error = await save((current) => {
      const merged = mergeImport(current, result.settings, locked, props.requiredAvoid);
      kept = merged.kept;
      return merged.settings;
    });
    if (error) setStatus({ kind: 'error', text: error });
    else setStatus({ kind: 'done', text: kept.length > 0 ? t('options_import_done_kept', kept.join(', ')) : t('options_import_done') });
  };

  return (
    <Section id="transfer" title={t('options_transfer')} intro={t('options_transfer_intro')} status={status}>
      <p class="buttons">
        <button type="button" data-export="" onClick={download}>
          {t('options_export')}
        </button>
        <label class="file-button">
          <span>{t('options_import')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-import=""
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </p>
      {problems.length > 0 && (
        <ul class="problems error" data-import-problems="">
          {problems.map((p, i) => (
            <li key={i} data-field={p.field}>
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
