/**
 * What Defuse does differently for one editor library, recognised from its markup. Most editors
 * need nothing: the generic edit in apply-edit.ts goes through their own input handling. An
 * adapter exists only where an end-to-end run showed that the generic path is not enough.
 */
export interface EditorAdapter {
  /** The library, as the README's editor table names it. */
  readonly id: string;
  /** Whether `root` (the editable root Defuse coaches) belongs to this library. */
  matches(root: HTMLElement): boolean;
  /**
   * `edit`: suggestions are applied in place. `copy`: Defuse never changes this editor's text;
   * the card offers the suggestion to copy and says why (the reason in `copyOnlyBecause`).
   */
  readonly apply: 'edit' | 'copy';
  /** Shown in the README for a copy-only editor. */
  readonly copyOnlyBecause?: string;
  /** Runs after an edit was verified, for editors whose own history needs telling. */
  afterEdit?(root: HTMLElement): void;
}
