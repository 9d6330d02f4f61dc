/** The small always-visible button by the reply: steps done and tone problems at a glance. */
import type { JSX } from 'preact';
import { keepEditorFocus } from './focus';
import { t } from './messages';

export interface BadgeProps {
  stepsDone: number;
  stepsRequired: number;
  issues: number;
  /** Whether the checklist panel is open. */
  expanded: boolean;
  onToggle: () => void;
  /** Id of the panel the badge opens, when it is in the same shadow root. */
  controls?: string;
  style?: JSX.CSSProperties;
}

export function badgeLabel(stepsDone: number, stepsRequired: number, issues: number): string {
  const steps =
    stepsRequired === 1 ? t('steps_done_one', stepsDone, stepsRequired) : t('steps_done_other', stepsDone, stepsRequired);
  const problems = issues === 1 ? t('issues_one') : t('issues_other', issues);
  return t('badge_label', steps, problems);
}

export function Badge({ stepsDone, stepsRequired, issues, expanded, onToggle, controls, style }: BadgeProps) {
  // Only picks the tint; the counts in the text carry the same information for anyone who cannot see it.
  const state = issues > 0 ? 'issues' : stepsDone < stepsRequired ? 'incomplete' : 'clean';
  return (
    <button
      type="button"
      class={`defuse-badge defuse-badge-${state}`}
      style={style}
      data-defuse-badge=""
      data-state={state}
      data-steps-done={stepsDone}
      data-steps-required={stepsRequired}
      data-issues={issues}
      aria-label={badgeLabel(stepsDone, stepsRequired, issues)}
      aria-expanded={expanded}
      aria-haspopup="dialog"
      aria-controls={controls}
      onClick={onToggle}
      onMouseDown={keepEditorFocus}
    >
      {t('badge_text', stepsDone, stepsRequired, issues)}
    </button>
  );
}
