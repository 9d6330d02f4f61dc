/** The checklist the badge opens: the six de-escalation steps, the score, and tone problems by kind. */
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import type { Report, Step, StepId } from '../analyzer/types';
import { handleDialogKey, keepEditorFocus, useAutoFocus } from './focus';
import { CheckIcon, CloseIcon, CrossIcon } from './icons';
import { useUniqueId } from './ids';
import { categoryLabel } from './labels';
import { t } from './messages';
import { summarize } from './summary';

export interface ChecklistPanelProps {
  report: Report;
  /**
   * Picks which example phrase each missing step offers first. The overlay bumps it after an insert
   * so the agent is never offered the same canned sentence twice in a row.
   */
  variant?: number;
  /** True when the panel was opened from the keyboard: focus moves into it. */
  autoFocus?: boolean;
  onInsert: (phrase: string, stepId: StepId) => void;
  onClose: () => void;
  /** Lets the badge point `aria-controls` at the panel. */
  id?: string;
  style?: JSX.CSSProperties;
}

/** `examples` rotated so that `variant` (any integer) picks the first. */
export function rotateExamples(examples: readonly string[], variant: number): string[] {
  const n = examples.length;
  if (n === 0) return [];
  const start = ((Math.trunc(variant) % n) + n) % n;
  return [...examples.slice(start), ...examples.slice(0, start)];
}

export function ChecklistPanel(props: ChecklistPanelProps) {
  const { report, onClose, onInsert } = props;
  const root = useRef<HTMLDivElement>(null);
  const titleId = useUniqueId('panel-title');
  const { byCategory } = summarize(report);

  useAutoFocus(root, props.autoFocus === true, '[data-defuse-insert]');

  return (
    <div
      ref={root}
      id={props.id}
      class="defuse-panel"
      style={props.style}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-defuse-panel=""
      onKeyDown={(event) => handleDialogKey(event, root.current, onClose)}
      onMouseDown={keepEditorFocus}
    >
      <div class="defuse-panel-head">
        <h2 id={titleId} class="defuse-title">
          {t('panel_title')}
        </h2>
        <button type="button" class="defuse-close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>

      <p class="defuse-score" data-defuse-score={report.score}>
        <span class="defuse-label">{t('panel_score')}</span>{' '}
        <span class="defuse-score-value" aria-hidden="true">
          {t('panel_score_value', report.score)}
        </span>
        <span class="defuse-sr">{t('panel_score_label', report.score)}</span>
      </p>

      <h3 class="defuse-subtitle">{t('panel_steps')}</h3>
      <ul class="defuse-steps">
        {report.steps.map((step) => (
          <StepRow key={step.id} step={step} variant={props.variant ?? 0} onInsert={onInsert} />
        ))}
      </ul>

      <h3 class="defuse-subtitle">{t('panel_tone')}</h3>
      {byCategory.length === 0 ? (
        <p class="defuse-tone-none" data-defuse-tone-none="">
          {t('panel_tone_none')}
        </p>
      ) : (
        <ul class="defuse-tone">
          {byCategory.map(([category, count]) => (
            <li key={category} data-category={category} data-count={count}>
              {t('panel_tone_count', categoryLabel(category), count)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface StepRowProps {
  step: Step;
  variant: number;
  onInsert: (phrase: string, stepId: StepId) => void;
}

function StepRow({ step, variant, onInsert }: StepRowProps) {
  const status = step.done ? t('panel_step_done') : step.required ? t('panel_step_missing') : t('panel_step_optional');
  const [first, ...more] = step.done ? [] : rotateExamples(step.examples, variant);
  const insertButton = (phrase: string) => (
    <button
      type="button"
      class="defuse-button defuse-insert"
      data-defuse-insert=""
      aria-label={t('panel_insert_label', phrase)}
      onClick={() => onInsert(phrase, step.id)}
    >
      {t('panel_insert')}
    </button>
  );

  return (
    <li
      class={`defuse-step ${step.done ? 'defuse-step-done' : 'defuse-step-missing'}`}
      data-step={step.id}
      data-done={String(step.done)}
      data-required={String(step.required)}
    >
      <div class="defuse-step-head">
        {step.done ? <CheckIcon /> : <CrossIcon />}
        <span class="defuse-step-title">{step.title}</span>
        <span class="defuse-step-status">{status}</span>
      </div>
      <p class="defuse-step-tip">{step.tip}</p>
      {first !== undefined && (
        <div class="defuse-example">
          <span class="defuse-phrase">{first}</span>
          {insertButton(first)}
        </div>
      )}
      {more.length > 0 && (
        <details class="defuse-more">
          <summary>{t('panel_more')}</summary>
          <ul>
            {more.map((phrase) => (
              <li key={phrase} class="defuse-example">
                <span class="defuse-phrase">{phrase}</span>
                {insertButton(phrase)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
