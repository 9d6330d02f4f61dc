/**
 * Every string the in-page UI shows, in English.
 *
 * The table is shaped like `_locales/en/messages.json` (named `$PLACEHOLDER$`s, each bound to a
 * positional substitution) so that moving to `browser.i18n.getMessage` is a change inside `t` only;
 * `toMessagesJson` emits that file from this table so the two cannot drift.
 */

interface MessageSpec {
  message: string;
  /** For translators: where the string appears and what the placeholders hold. */
  description: string;
  /** Placeholder names in substitution order: the first is `$1`, the second `$2`... */
  placeholders?: readonly string[];
}

const MESSAGES = {
  severity_error: { message: 'Likely to escalate', description: 'Severity label of an error-level tone problem.' },
  severity_warning: { message: 'May escalate', description: 'Severity label of a warning-level tone problem.' },
  severity_info: { message: 'Worth a look', description: 'Severity label of an info-level note.' },

  category_negative_framing: { message: 'Negative framing', description: 'Tone problem category.' },
  category_blame: { message: 'Blame', description: 'Tone problem category.' },
  category_dismissive: { message: 'Dismissive', description: 'Tone problem category.' },
  category_condescending: { message: 'Condescending', description: 'Tone problem category.' },
  category_arguing: { message: 'Arguing', description: 'Tone problem category.' },
  category_deflecting: { message: 'Deflecting', description: 'Tone problem category.' },
  category_insincere_apology: { message: 'Insincere apology', description: 'Tone problem category.' },
  category_commanding: { message: 'Commanding', description: 'Tone problem category.' },
  category_shouting: { message: 'Shouting', description: 'Tone problem category.' },
  category_profanity: { message: 'Profanity', description: 'Tone problem category.' },
  category_custom: { message: 'Team phrase', description: "Category of a phrase the agent's team asked to avoid." },

  severity_and_category: {
    message: '$SEVERITY$: $CATEGORY$',
    description: 'Screen-reader summary at the top of a card.',
    placeholders: ['severity', 'category'],
  },
  card_flagged: {
    message: 'You wrote',
    description: 'Label before the quoted words a card is about.',
  },
  card_flagged_quote: {
    message: '“$TEXT$”',
    description: 'The flagged words, quoted.',
    placeholders: ['text'],
  },
  card_suggestions: { message: 'Try instead', description: 'Label of the group of replacement buttons on a card.' },
  card_remove: { message: 'Remove', description: 'Visible text of the button that deletes the flagged words.' },
  card_remove_label: {
    message: 'Remove “$TEXT$”',
    description: 'Accessible name of the button that deletes the flagged words.',
    placeholders: ['text'],
  },
  card_ignore: { message: 'Ignore once', description: 'Hides this one underline without changing any setting.' },
  card_disable_rule: { message: 'Turn off this rule', description: 'Stops this kind of check everywhere.' },
  card_close: { message: 'Close', description: 'Accessible name of the close button of a card or panel.' },
  card_failure: {
    message:
      'This editor did not accept the change, so nothing was changed. Copy the suggestion and paste it yourself.',
    description: 'Shown when applying a suggestion could not be verified in the page editor.',
  },
  card_failure_remove: {
    message: 'This editor did not accept the change, so nothing was changed. Delete the words yourself.',
    description: 'Shown when removing the flagged words could not be verified in the page editor.',
  },
  card_copy: { message: 'Copy suggestion', description: 'Button that copies the suggestion to the clipboard.' },
  card_copied: { message: 'Copied', description: 'Confirmation after the suggestion was copied.' },
  card_copy_failed: {
    message: 'Could not copy. Select the suggestion and copy it yourself.',
    description: 'Shown when the clipboard refused the copy.',
  },

  badge_text: {
    message: '$DONE$/$REQUIRED$ · $ISSUES$',
    description: 'Visible badge text: steps done / steps required · tone problems.',
    placeholders: ['done', 'required', 'issues'],
  },
  badge_label: {
    message: 'Defuse: $STEPS$, $ISSUES$',
    description: 'Accessible name of the badge. STEPS and ISSUES are the two counts below.',
    placeholders: ['steps', 'issues'],
  },
  steps_done_one: {
    message: '$DONE$ of $REQUIRED$ step done',
    description: 'Count of checklist steps done when one step is required.',
    placeholders: ['done', 'required'],
  },
  steps_done_other: {
    message: '$DONE$ of $REQUIRED$ steps done',
    description: 'Count of checklist steps done.',
    placeholders: ['done', 'required'],
  },
  issues_one: { message: '1 tone problem', description: 'Count of tone problems, singular.' },
  issues_other: {
    message: '$COUNT$ tone problems',
    description: 'Count of tone problems, zero or plural.',
    placeholders: ['count'],
  },

  panel_title: { message: 'Reply checklist', description: 'Heading of the checklist panel.' },
  panel_score: { message: 'Score', description: 'Label of the 0-100 reply score.' },
  panel_score_value: {
    message: '$SCORE$/100',
    description: 'The reply score out of 100.',
    placeholders: ['score'],
  },
  panel_score_label: {
    message: 'Score $SCORE$ out of 100',
    description: 'Accessible reading of the reply score.',
    placeholders: ['score'],
  },
  panel_steps: { message: 'Steps', description: 'Heading of the list of checklist steps.' },
  panel_step_done: { message: 'Done', description: 'Status of a step the reply already does.' },
  panel_step_missing: { message: 'Missing', description: 'Status of a required step the reply does not do yet.' },
  panel_step_optional: { message: 'Optional', description: 'Status of a step that is not required and not done.' },
  panel_insert: { message: 'Insert', description: 'Button that inserts an example phrase into the reply.' },
  panel_insert_label: {
    message: 'Insert “$PHRASE$”',
    description: 'Accessible name of an insert button.',
    placeholders: ['phrase'],
  },
  panel_more: { message: 'More phrases', description: 'Expands the other example phrases of a step.' },
  panel_tone: { message: 'Tone problems', description: 'Heading of the tone problem counts.' },
  panel_tone_none: { message: 'No tone problems', description: 'Shown when the reply has no tone problems.' },
  panel_tone_count: {
    message: '$CATEGORY$: $COUNT$',
    description: 'One row of tone problem counts per category.',
    placeholders: ['category', 'count'],
  },
} as const satisfies Record<string, MessageSpec>;

export type MessageKey = keyof typeof MESSAGES;

type Substitution = string | number;

/** One substitution per declared placeholder, so a missing or extra argument fails to compile. */
export type MessageArgs<K extends MessageKey> = (typeof MESSAGES)[K] extends {
  placeholders: infer P extends readonly string[];
}
  ? { [I in keyof P]: Substitution }
  : [];

/** Keys whose message takes no substitutions; safe to store in lookup tables and pass to `t` alone. */
export type PlainMessageKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];

export function t<K extends MessageKey>(key: K, ...substitutions: MessageArgs<K>): string {
  const spec: MessageSpec = MESSAGES[key];
  const names = (spec.placeholders ?? []).map((name) => name.toLowerCase());
  const subs: readonly Substitution[] = substitutions;
  // Same grammar as messages.json: `$NAME$` is a placeholder (case-insensitive), `$$` a literal dollar.
  return spec.message.replace(/\$\$|\$([a-zA-Z0-9_@]+)\$/g, (match, name: string | undefined) => {
    if (name === undefined) return '$';
    const index = names.indexOf(name.toLowerCase());
    return index < 0 ? match : String(subs[index] ?? '');
  });
}

export interface ChromeMessage {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string }>;
}

/** The table as `_locales/en/messages.json` content. */
export function toMessagesJson(): Record<MessageKey, ChromeMessage> {
  const out = {} as Record<MessageKey, ChromeMessage>;
  for (const key of Object.keys(MESSAGES) as MessageKey[]) {
    const spec: MessageSpec = MESSAGES[key];
    const entry: ChromeMessage = { message: spec.message, description: spec.description };
    if (spec.placeholders) {
      entry.placeholders = Object.fromEntries(spec.placeholders.map((name, i) => [name, { content: `$${i + 1}` }]));
    }
    out[key] = entry;
  }
  return out;
}
