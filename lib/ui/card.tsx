/** The card shown for one underlined tone problem: what is wrong, why, and what to write instead. */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Diagnostic } from '../analyzer/types';
import { handleDialogKey, keepEditorFocus, useAutoFocus } from './focus';
import { CloseIcon, SeverityIcon } from './icons';
import { useUniqueId } from './ids';
import { categoryLabel, severityLabel } from './labels';
import { t } from './messages';

export interface CardFailure {
  /** The suggestion whose apply could not be verified in the editor. */
  index: number;
}

/** `false` (or a rejected promise) means the clipboard refused the text. */
export type CopyResult = boolean | void;

export interface CardProps {
  diagnostic: Diagnostic;
  /** True when the card was opened from the keyboard: focus moves to the first suggestion. */
  autoFocus?: boolean;
  /** Set after an apply could not be verified; the card then offers to copy the suggestion. */
  failure?: CardFailure | null;
  onApply: (index: number) => void;
  onIgnore: () => void;
  /** Absent where the agent may not turn the rule off (a team's own phrase). */
  onDisableRule?: () => void;
  onClose: () => void;
  onCopy: (text: string) => CopyResult | Promise<CopyResult>;
  /** Positioning from the overlay. */
  style?: JSX.CSSProperties;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function Card(props: CardProps) {
  const { diagnostic: d, failure, onApply, onClose } = props;
  const root = useRef<HTMLDivElement>(null);
  const titleId = useUniqueId('card-title');
  const whyId = useUniqueId('card-why');
  const failureIndex = failure ? failure.index : null;
  const failedText = failureIndex === null ? undefined : d.suggestions[failureIndex];
  const [copy, setCopy] = useState<CopyState>('idle');
  // The overlay renders one card and swaps its diagnostic, so state must follow the problem shown.
  const subject = `${d.ruleId}\u0000${d.start}\u0000${d.end}\u0000${d.text}`;

  useAutoFocus(root, props.autoFocus === true, '[data-defuse-apply], [data-defuse-action]', subject);

  useEffect(() => {
    setCopy('idle');
    const el = root.current;
    if (failureIndex === null || !el) return;
    // If the agent was working in the card, keep them there on the control that now helps.
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    if (active && el.contains(active)) {
      el.querySelector<HTMLElement>('[data-defuse-copy], [data-defuse-action]')?.focus({ preventScroll: true });
    }
  }, [failureIndex, subject]);

  const copySuggestion = async (text: string) => {
    try {
      const result = await props.onCopy(text);
      setCopy(result === false ? 'failed' : 'copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div
      ref={root}
      class={`defuse-card defuse-sev-${d.severity}`}
      style={props.style}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={whyId}
      tabIndex={-1}
      data-defuse-card=""
      data-rule={d.ruleId}
      data-severity={d.severity}
      data-category={d.category}
      onKeyDown={(event) => handleDialogKey(event, root.current, onClose)}
      onMouseDown={keepEditorFocus}
    >
      <div class="defuse-card-head">
        <span class="defuse-tag" data-defuse-severity={d.severity}>
          <SeverityIcon severity={d.severity} />
          <span>{severityLabel(d.severity)}</span>
        </span>
        <span class="defuse-category">{categoryLabel(d.category)}</span>
        <button type="button" class="defuse-close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>

      <p id={titleId} class="defuse-card-message">
        {d.message}
      </p>
      <p class="defuse-card-flagged">
        <span class="defuse-label">{t('card_flagged')}</span>{' '}
        <span class="defuse-quote" data-defuse-flagged="">
          {t('card_flagged_quote', d.text)}
        </span>
      </p>
      <p id={whyId} class="defuse-card-why">
        {d.why}
      </p>

      {d.suggestions.length > 0 && (
        <div class="defuse-suggestions" role="group" aria-label={t('card_suggestions')}>
          <span class="defuse-label" aria-hidden="true">
            {t('card_suggestions')}
          </span>
          {d.suggestions.map((suggestion, index) =>
            suggestion === '' ? (
              <button
                key={index}
                type="button"
                class="defuse-apply defuse-apply-remove"
                data-defuse-apply=""
                data-index={index}
                aria-label={t('card_remove_label', d.text)}
                onClick={() => onApply(index)}
              >
                {t('card_remove')}
              </button>
            ) : (
              <button
                key={index}
                type="button"
                class="defuse-apply"
                data-defuse-apply=""
                data-index={index}
                onClick={() => onApply(index)}
              >
                {suggestion}
              </button>
            ),
          )}
        </div>
      )}

      {failedText !== undefined && (
        <div class="defuse-failure" data-defuse-failure="" data-copy-state={copy}>
          <p class="defuse-failure-text" role="alert">
            {failedText === '' ? t('card_failure_remove') : t('card_failure')}
          </p>
          {failedText !== '' && (
            <div class="defuse-failure-row">
              <span class="defuse-copy-source">{failedText}</span>
              <button
                type="button"
                class="defuse-button defuse-button-primary"
                data-defuse-copy=""
                onClick={() => void copySuggestion(failedText)}
              >
                {t('card_copy')}
              </button>
            </div>
          )}
          {/* Live regions only announce changes, so this one exists before the copy happens. */}
          <p class="defuse-copy-status" role="status" data-defuse-copied={copy === 'copied' ? '' : undefined}>
            {copy === 'copied' ? t('card_copied') : copy === 'failed' ? t('card_copy_failed') : ''}
          </p>
        </div>
      )}

      <div class="defuse-card-actions">
        <button type="button" class="defuse-button" data-defuse-action="ignore" onClick={props.onIgnore}>
          {t('card_ignore')}
        </button>
        {props.onDisableRule && (
          <button type="button" class="defuse-button" data-defuse-action="disable-rule" onClick={props.onDisableRule}>
            {t('card_disable_rule')}
          </button>
        )}
      </div>
    </div>
  );
}
