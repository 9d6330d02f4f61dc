/**
 * What Defuse does differently for one editor library, recognised from its markup. Most editors
 * need nothing: the generic edit in apply-edit.ts goes through their own input handling, and an
 * edit an editor refuses is undone and offered as "copy suggestion". An adapter exists only where
 * an end-to-end run showed that the generic path is not enough.
 */
export interface EditorAdapter {
  /** The library, named as its file is. */
  readonly id: string;
  /** Whether `root` (the editable root Defuse coaches) belongs to this library. */
  matches(root: HTMLElement): boolean;
  /**
   * Replaces the selected range with `text` through the event this editor listens to, where that
   * is not `beforeinput`; returns whether the editor took it (cancelled the event).
   */
  replaceSelection?(root: HTMLElement, text: string): boolean;
  /** Runs after an edit was verified, for editors whose own history needs telling. */
  afterEdit?(root: HTMLElement): void;
}
