/**
 * The team's own phrases: words to avoid (with what to write instead and why), and extra phrases that
 * count as empathy or as an apology. Every entry is checked before it is saved, with the reason shown
 * beside the field; a team policy's required phrases are listed but cannot be removed.
 */
import { useState } from 'preact/hooks';
import type { CustomPhrase } from '../analyzer/types';
import { LockedNote } from '../ui/locked-note';
import { t } from '../ui/messages';
import { MAX_NOTE_LENGTH, MAX_PHRASE_LENGTH, optionalProblem, phraseProblem } from './phrase-checks';
import { Section, type SectionStatus } from './section';
import type { SectionProps } from './save';

export function CustomSection(props: SectionProps & { requiredAvoid: readonly CustomPhrase[] }) {
  const { settings, locked, save } = props;
  const [status, setStatus] = useState<SectionStatus | null>(null);
  const isLocked = locked.has('custom');
  const required = new Set(props.requiredAvoid.map((p) => p.avoid.toLowerCase()));
  const done = (error: string | null) => {
    setStatus(error ? { kind: 'error', text: error } : { kind: 'done', text: t('options_saved') });
    return error === null;
  };
  const removeAvoid = (avoid: string) =>
    void save((s) => ({ ...s, custom: { ...s.custom, avoid: s.custom.avoid.filter((p) => p.avoid !== avoid) } })).then(done);

  return (
    <Section id="custom" title={t('options_custom')} intro={t('options_custom_intro')} locked={isLocked} status={status}>
      <h3>{t('options_custom_avoid')}</h3>
      <ul class="phrases" data-list="avoid">
        {settings.custom.avoid.map((p) => (
          <li key={p.avoid} data-phrase={p.avoid}>
            <span class="phrase-avoid">“{p.avoid}”</span>
            {p.replacement && <span class="phrase-replacement"> → “{p.replacement}”</span>}
            {p.note && <span class="phrase-note"> — {p.note}</span>}
            {required.has(p.avoid.toLowerCase()) ? (
              <LockedNote />
            ) : (
              <button type="button" disabled={isLocked} aria-label={t('options_remove_label', p.avoid)} onClick={() => removeAvoid(p.avoid)}>
                {t('options_remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!isLocked && <AvoidForm existing={settings.custom.avoid.map((p) => p.avoid)} onAdd={(entry) => save((s) => ({ ...s, custom: { ...s.custom, avoid: [...s.custom.avoid, entry] } })).then(done)} />}

      {(['empathy', 'apology'] as const).map((list) => (
        <div key={list} class="phrase-list">
          <h3>{list === 'empathy' ? t('options_custom_empathy') : t('options_custom_apology')}</h3>
          <ul class="phrases" data-list={list}>
            {settings.custom[list].map((text) => (
              <li key={text} data-phrase={text}>
                <span>“{text}”</span>
                <button
                  type="button"
                  disabled={isLocked}
                  aria-label={t('options_remove_label', text)}
                  onClick={() => void save((s) => ({ ...s, custom: { ...s.custom, [list]: s.custom[list].filter((x) => x !== text) } })).then(done)}
                >
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
          {!isLocked && (
            <PhraseForm
              list={list}
              existing={settings.custom[list]}
              onAdd={(text) => save((s) => ({ ...s, custom: { ...s.custom, [list]: [...s.custom[list], text] } })).then(done)}
            />
          )}
        </div>
      ))}
    </Section>
  );
}

function AvoidForm({ existing, onAdd }: { existing: string[]; onAdd: (entry: CustomPhrase) => Promise<boolean> }) {
  const [avoid, setAvoid] = useState('');
  const [replacement, setReplacement] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const checks: Array<[string, string | null]> = [
      ['avoid', phraseProblem(avoid, existing)],
      ['replacement', optionalProblem(replacement, MAX_PHRASE_LENGTH)],
      ['note', optionalProblem(note, MAX_NOTE_LENGTH)],
    ];
    const failed = checks.find(([, text]) => text !== null);
    if (failed) {
      setProblem({ field: failed[0], text: failed[1]! });
      return;
    }
    setProblem(null);
    const entry: CustomPhrase = { avoid: avoid.trim() };
    if (replacement.trim()) entry.replacement = replacement.trim();
    if (note.trim()) entry.note = note.trim();
    void onAdd(entry).then((saved) => {
      if (!saved) return;
      setAvoid('');
      setReplacement('');
      setNote('');
    });
  };
  const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'avoid-problem' } : {});
  return (
    <form class="phrase-form" data-form="avoid" onSubmit={submit} noValidate>
      <label>
        <span>{t('options_avoid_field')}</span>
        <input type="text" name="avoid" value={avoid} onInput={(e) => setAvoid(e.currentTarget.value)} {...invalid('avoid')} />
      </label>
      <label>
        <span>{t('options_replacement_field')}</span>
        <input type="text" name="replacement" value={replacement} onInput={(e) => setReplacement(e.currentTarget.value)} {...invalid('replacement')} />
      </label>
      <label>
        <span>{t('options_note_field')}</span>
        <input type="text" name="note" value={note} onInput={(e) => setNote(e.currentTarget.value)} {...invalid('note')} />
      </label>
      <button type="submit">{t('options_add')}</button>
      {problem && (
        <p id="avoid-problem" class="error" role="alert" data-field-problem={problem.field}>
          {problem.text}
        </p>
      )}
    </form>
  );
}

function PhraseForm({ list, existing, onAdd }: { list: string; existing: string[]; onAdd: (text: string) => Promise<boolean> }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = `${list}-problem`;
  const submit = (event: Event) => {
    event.preventDefault();
    const found = phraseProblem(text, existing);
    setProblem(found);
    if (found) return;
    void onAdd(text.trim()).then((saved) => saved && setText(''));
  };
  return (
    <form class="phrase-form" data-form={list} onSubmit={submit} noValidate>
      <label>
        <span>{t('options_phrase_field')}</span>
        <input
          type="text"
          name="phrase"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          {...(problem ? { 'aria-invalid': true, 'aria-describedby': problemId } : {})}
        />
      </label>
      <button type="submit">{t('options_add')}</button>
      {problem && (
        <p id={problemId} class="error" role="alert" data-field-problem="phrase">
          {problem}
        </p>
      )}
    </form>
  );
}
