/**
 * The toolbar popup: how the reply in the active tab stands (score, the six steps with their tips,
 * tone problems by kind), the switch for coaching on this site, strictness, and a way to the options.
 * Pure view: the state comes in, the agent's choices go out through callbacks (see popup-app.tsx).
 */
import type { Strictness } from '../analyzer/types';
import type { TabStatus } from '../messaging/protocol';
import type { SettingKey } from '../settings/schema';
import { CheckIcon, CrossIcon } from '../ui/icons';
import { categoryLabel } from '../ui/labels';
import { t } from '../ui/messages';
import { LockedNote } from '../ui/locked-note';
import { StrictnessSelect } from '../ui/strictness';

export interface PopupState {
  /** The active tab's host; null on pages Defuse never runs on (browser pages, files). */
  host: string | null;
  /** From the tab's content script; null when none answers (the site is not coached). */
  status: TabStatus | null;
  /** Whether coaching is switched on for `host` in the settings. */
  siteOn: boolean;
  strictness: Strictness;
  locked: ReadonlySet<SettingKey>;
  /** Why the last change did not happen, in words for the agent. */
  error: string | null;
}

export interface PopupProps {
  state: PopupState;
  onToggleSite: (on: boolean) => void;
  onStrictness: (strictness: Strictness) => void;
  onOpenOptions: () => void;
}

export function PopupView({ state, onToggleSite, onStrictness, onOpenOptions }: PopupProps) {
  const { host, status } = state;
  const coaching = status?.coaching ?? false;
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('popup_title')}</h1>
        {host && <span class="popup-host">{host}</span>}
      </header>

      {host === null ? (
        <p class="popup-hint" data-popup-hint="unsupported">
          {t('popup_unsupported')}
        </p>
      ) : (
        <section class="popup-site" aria-label={t('popup_site_section')}>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={state.siteOn}
              disabled={state.locked.has('sites')}
              data-site-switch=""
              onChange={(e) => onToggleSite(e.currentTarget.checked)}
            />
            <span>{t('popup_site_switch')}</span>
          </label>
          {state.locked.has('sites') && <LockedNote />}
        </section>
      )}

      {state.error && (
        <p class="popup-error" role="alert" data-popup-error="">
          {state.error}
        </p>
      )}

      {host !== null && !state.siteOn && (
        <p class="popup-hint" data-popup-hint="off">
          {t('popup_site_off', host)}
        </p>
      )}
      {host !== null && state.siteOn && !coaching && (
        <p class="popup-hint" data-popup-hint="reload">
          {t('popup_site_starting')}
        </p>
      )}
      {coaching && !status?.reply && (
        <p class="popup-hint" data-popup-hint="no-editor">
          {t('popup_no_editor')}
        </p>
      )}
      {coaching && status?.reply && <ReplySummary reply={status.reply} />}

      <footer class="popup-foot">
        <StrictnessSelect value={state.strictness} locked={state.locked.has('strictness')} onChange={onStrictness} />
        <button type="button" class="link" data-open-options="" onClick={onOpenOptions}>
          {t('popup_open_options')}
        </button>
      </footer>
    </main>
  );
}

function ReplySummary({ reply }: { reply: NonNullable<TabStatus['reply']> }) {
  const total = reply.problems.reduce((sum, p) => sum + p.count, 0);
  const firstMissing = reply.steps.find((s) => s.required && !s.done)?.id;
  return (
    <section class="popup-reply" aria-live="polite" aria-label={t('popup_reply_section')}>
      <p class="popup-score" data-score={reply.score}>
        <span class="popup-score-value" aria-hidden="true">
          {reply.score}
        </span>
        <span class="sr-only">{t('panel_score_label', reply.score)}</span>
        <span class="popup-score-caption" aria-hidden="true">
          {t('popup_score_caption')}
        </span>
      </p>
      <h2>{t('panel_steps')}</h2>
      <ul class="popup-steps">
        {reply.steps.map((step) => {
          const state = step.done ? 'done' : step.required ? 'missing' : 'optional';
          const stateLabel = step.done ? t('panel_step_done') : step.required ? t('panel_step_missing') : t('panel_step_optional');
          return (
            <li key={step.id} data-step={step.id} data-done={String(step.done)} class={state}>
              {/* The tip of the first missing step is open; the others open on demand, so the popup stays short. */}
              <details open={step.id === firstMissing}>
                <summary>
                  <span class="popup-step-icon" aria-hidden="true">
                    {step.done ? <CheckIcon /> : <CrossIcon />}
                  </span>
                  <span class="popup-step-title">{step.title}</span>
                  <span class="popup-step-state">{stateLabel}</span>
                </summary>
                <p class="popup-step-tip">{step.tip}</p>
              </details>
            </li>
          );
        })}
      </ul>
      <h2>{t('panel_tone')}</h2>
      {total === 0 ? (
        <p class="popup-tone-none" data-problems="0">
          {t('panel_tone_none')}
        </p>
      ) : (
        <ul class="popup-problems" data-problems={total}>
          {reply.problems.map((p) => (
            <li key={p.category} data-category={p.category} data-count={p.count}>
              {t('panel_tone_count', categoryLabel(p.category), p.count)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
