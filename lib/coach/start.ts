/**
 * The coach: what the content script loads (entrypoints/coach.ts) once the agent uses an editor on the
 * page (lib/coach/bootstrap.ts). Its parts:
 *   settings                 read once, then followed live from storage (the agent's and the team's)
 *   site switch              coaching runs only while this site is switched on; it starts and stops live
 *   discovery (lib/editors)  finds reply editors: this document, its same-origin frames, shadow roots
 *   DocumentCoach            one per document holding editors: overlay, highlights, badges, card
 *   EditorSession            one per editor: text model, analysis, underlines, applying fixes
 *   StatusReporter           the reply being written, for the popup and the toolbar badge
 *   StatsRecorder            problems caught and fixed, for the local statistics
 */
import { startDiscovery } from '../editors/discovery';
import type { Editor } from '../editors/types';
import type { TabStatus } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { isSiteEnabled } from '../settings/sites';
import { loadSettings, updateSettings, watchSettings } from '../settings/storage';
import { DocumentCoach, type CoachCallbacks } from './document-coach';
import type { EditorSession } from './session';
import { StatsRecorder } from './stats-recorder';
import { StatusReporter } from './status';

export interface Coach {
  /** What the popup shows for this tab. */
  status(): TabStatus;
  stop(): void;
}

export async function startCoaching(doc: Document): Promise<Coach> {
  const host = doc.location.hostname;
  let settings: Settings = (await loadSettings()).settings;
  const enabled = () => isSiteEnabled(settings.sites, host);
  const status = new StatusReporter(host, enabled());
  const stats = new StatsRecorder((error) => console.warn('[Defuse] recording statistics failed:', error));
  let current: EditorSession | null = null;
  const coaches = new Map<Document, DocumentCoach>();

  const refreshAll = () => {
    for (const coach of coaches.values()) coach.refreshAll();
  };
  const callbacks: CoachCallbacks = {
    options: () => ({
      rules: settings.rules,
      requiredSteps: settings.requiredSteps,
      strictness: settings.strictness,
      custom: settings.custom,
    }),
    appearance: () => ({ underlineStyle: settings.underlineStyle, showShortcutHints: settings.showShortcutHints }),
    disableRule: (ruleId) => {
      const before = settings;
      const optimistic = (settings = { ...settings, rules: { ...settings.rules, [ruleId]: false } });
      refreshAll();
      void updateSettings((latest) => ({ ...latest, rules: { ...latest.rules, [ruleId]: false } })).then((result) => {
        if (result.ok || settings !== optimistic) return;
        // Refused (a team policy locks the rules, or the id is not a rule): undo the optimistic change.
        console.warn(`Defuse: ${result.error}`);
        settings = before;
        refreshAll();
      });
    },
    sessionChanged: (session) => {
      stats.reported(session, session.report);
      const focused = session.element.ownerDocument.activeElement;
      if (current && current !== session && !(session.element === focused || session.element.contains(focused))) return;
      current = session;
      status.reported(session.report);
    },
    sessionRemoved: (session) => {
      stats.reported(session, null);
      if (current !== session) return;
      current = null;
      status.reported(null);
    },
    fixed: (session, diagnostic) => stats.fixed(session, diagnostic),
  };

  let discovery: { stop(): void } | null = null;
  const startEditors = () => {
    discovery = startDiscovery(doc, {
      onAdded: (editor: Editor) => {
        const editorDoc = editor.element.ownerDocument;
        let coach = coaches.get(editorDoc);
        if (!coach) coaches.set(editorDoc, (coach = new DocumentCoach(editorDoc, callbacks, doc)));
        coach.attach(editor);
      },
      onRemoved: (editor: Editor) => {
        const coach = coaches.get(editor.element.ownerDocument);
        coach?.detach(editor.element);
        if (coach && coach.size === 0) {
          coach.dispose();
          coaches.delete(editor.element.ownerDocument);
        }
      },
    });
  };
  const stopEditors = () => {
    discovery?.stop();
    discovery = null;
    for (const coach of coaches.values()) coach.dispose();
    coaches.clear();
    current = null;
  };
  /** Starts or stops coaching to match the site switch. */
  const follow = () => {
    const on = enabled();
    if (on && !discovery) startEditors();
    else if (!on && discovery) stopEditors();
    status.update({ coaching: on });
    if (!on) status.reported(null);
  };

  follow();
  const unwatch = watchSettings((next) => {
    settings = next.settings;
    follow();
    refreshAll();
  });
  return {
    status: () => status.current,
    stop: () => {
      unwatch();
      stopEditors();
      stats.dispose();
    },
  };
}
