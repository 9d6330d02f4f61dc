/**
 * The content script's body. Its parts:
 *   discovery (lib/editors)  finds reply editors: this document, its same-origin frames, shadow roots
 *   DocumentCoach            one per document holding editors: overlay, highlights, badges, card
 *   EditorSession            one per editor: text model, analysis, underlines, applying fixes
 *   settings                 read once, then followed live from storage
 */
import { startDiscovery } from '../editors/discovery';
import type { Editor } from '../editors/types';
import type { Settings } from '../settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../settings/storage';
import { DocumentCoach } from './document-coach';

export async function startCoaching(doc: Document): Promise<() => void> {
  let settings: Settings = (await loadSettings()).settings;
  const coaches = new Map<Document, DocumentCoach>();
  const callbacks = {
    options: () => ({
      rules: settings.rules,
      requiredSteps: settings.requiredSteps,
      strictness: settings.strictness,
      custom: settings.custom,
    }),
    disableRule: (ruleId: string) => {
      const before = settings;
      const optimistic = (settings = { ...settings, rules: { ...settings.rules, [ruleId]: false } });
      for (const coach of coaches.values()) coach.refreshAll();
      void updateSettings((current) => ({ ...current, rules: { ...current.rules, [ruleId]: false } })).then((result) => {
        if (result.ok || settings !== optimistic) return;
        // Refused (a team policy locks the rules, or the id is not a rule): undo the optimistic change.
        console.warn(`Defuse: ${result.error}`);
        settings = before;
        for (const coach of coaches.values()) coach.refreshAll();
      });
    },
  };
  const coachFor = (editorDoc: Document) => {
    let coach = coaches.get(editorDoc);
    if (!coach) coaches.set(editorDoc, (coach = new DocumentCoach(editorDoc, callbacks, doc)));
    return coach;
  };
  const discovery = startDiscovery(doc, {
    onAdded: (editor: Editor) => coachFor(editor.element.ownerDocument).attach(editor),
    onRemoved: (editor: Editor) => {
      const coach = coaches.get(editor.element.ownerDocument);
      coach?.detach(editor.element);
      if (coach && coach.size === 0) {
        coach.dispose();
        coaches.delete(editor.element.ownerDocument);
      }
    },
  });
  const unwatch = watchSettings((next) => {
    settings = next.settings;
    for (const coach of coaches.values()) coach.refreshAll();
  });
  return () => {
    unwatch();
    discovery.stop();
    for (const coach of coaches.values()) coach.dispose();
    coaches.clear();
  };
}
