/**
 * What Defuse does differently for one editor library, recognised from its markup. Most editors
 * need nothing: the generic edit in apply-edit.ts goes through their own input handling. An
 * adapter exists only where an end-to-end run showed that the generic path is not enough.
 */
export type Browser = 'chromium' | 'firefox';

export interface EditorAdapter {
  /** The library, as the README's editor table names it. */
  readonly id: string;
  /** Whether `root` (the editable root Defuse coaches) belongs to this library. */
  matches(root: HTMLElement): boolean;
  /**
   * Browsers where Defuse never changes this editor's text, because an end-to-end run showed an
   * edit there can garble the draft: the card offers the suggestion to copy instead, and says so.
   */
  readonly copyOnlyIn?: readonly Browser[];
  /**
   * Replaces the selected range with `text` through the event this editor listens to, where that
   * is not `beforeinput`; returns whether the editor took it (cancelled the event).
   */
  replaceSelection?(root: HTMLElement, text: string): boolean;
  /** Runs after an edit was verified, for editors whose own history needs telling. */
  afterEdit?(root: HTMLElement): void;
}
