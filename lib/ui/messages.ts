/**
 * Every string the extension shows, in English, and `t` to read one in the browser's language.
 *
 * This table is the single source: `npm run locales` writes `public/_locales/en/messages.json` from
 * it (a unit test fails when the file is stale), and the TypeScript types give every key and the
 * number of its substitutions. A translation is one more `public/_locales/<lang>/messages.json`.
 * The JSON could not be the source: its type says which placeholders a message has but not their
 * order, so calls could not be checked.
 */
import { browser } from 'wxt/browser';

interface MessageSpec {
  message: string;
  /** For translators: where the string appears and what the placeholders hold. */
  description: string;
  /** Placeholder names in substitution order: the first is `$1`, the second `$2`... */
  placeholders?: readonly string[];
}

const MESSAGES = {
  ext_name: { message: 'Defuse', description: 'Name of the extension in the browser and in the add-on stores.' },
  ext_description: {
    message: 'Coaches de-escalation in support replies while you type. Runs locally; sends nothing anywhere.',
    description: 'One-line description in the browser and in the add-on stores (at most 132 characters).',
  },

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
  card_shortcut_hint: {
    message: '$KEYS$ opens the card at the caret · Esc closes it',
    description: 'Hint at the foot of a card; KEYS is the keyboard shortcut.',
    placeholders: ['keys'],
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

  badge_title_off: { message: 'Defuse is off on this site', description: 'Tooltip of the toolbar button when coaching is switched off for the site.' },
  badge_title_idle: { message: 'Defuse: click in a reply box to start', description: 'Tooltip of the toolbar button when no reply is being written.' },
  badge_title_reply: {
    message: 'Defuse: score $SCORE$. Missing: $MISSING$. Tone: $PROBLEMS$',
    description: 'Tooltip of the toolbar button while a reply is written. MISSING lists missing steps, PROBLEMS tone problems with counts.',
    placeholders: ['score', 'missing', 'problems'],
  },

  popup_title: { message: 'Defuse', description: 'Heading of the toolbar popup.' },
  popup_unsupported: { message: 'Defuse works on web pages. Open your helpdesk and click in a reply box.', description: 'Popup text on a browser page, a file or a blank tab.' },
  popup_site_section: { message: 'This site', description: 'Accessible name of the popup part with the site switch.' },
  popup_site_switch: { message: 'Coach on this site', description: 'Label of the switch that turns coaching on or off for the current site.' },
  popup_site_off: {
    message: 'Coaching is off on $HOST$. Switch it on to get tips while you write replies here.',
    description: 'Popup text when the site is switched off.',
    placeholders: ['host'],
  },
  popup_site_starting: { message: 'Coaching starts on this page in a moment. If it does not, reload the page.', description: 'Popup text just after coaching was switched on and the page has not answered yet.' },
  popup_no_editor: { message: 'Click in a reply box on this page and start typing: the checklist and tone tips show up here and beside the box.', description: 'Popup text when coaching is on but no reply is being written.' },
  popup_access_refused: {
    message: 'The browser did not give Defuse access to $HOST$, so coaching stays off there.',
    description: 'Popup error when the agent declined the site permission.',
    placeholders: ['host'],
  },
  popup_reply_section: { message: 'Your reply', description: 'Accessible name of the popup part about the reply being written.' },
  popup_score_caption: { message: '/ 100 score', description: 'Shown after the big score number in the popup.' },
  popup_open_options: { message: 'All settings', description: 'Link from the popup to the options page.' },

  settings_locked: { message: 'Set by your team', description: 'Beside a setting a team policy decides; it cannot be changed.' },
  settings_strictness: { message: 'Strictness', description: 'Label of the strictness choice.' },
  strictness_gentle: { message: 'Gentle: only clear problems', description: 'Strictness choice.' },
  strictness_standard: { message: 'Standard', description: 'Strictness choice.' },
  strictness_strict: { message: 'Strict: also borderline wording', description: 'Strictness choice.' },

  options_title: { message: 'Defuse settings', description: 'Heading of the options page.' },
  options_intro: { message: 'Defuse checks your replies inside this browser. Nothing you write is sent anywhere.', description: 'Introduction of the options page.' },
  options_problems: { message: 'Some saved settings were damaged and are back to their defaults; the rest were kept:', description: 'Notice above the list of settings that could not be read.' },
  options_policy: {
    message: 'Your team sets these for everyone: $FIELDS$.',
    description: 'Notice naming the settings a team policy locks.',
    placeholders: ['fields'],
  },
  options_saved: { message: 'Saved.', description: 'Confirmation after a change was saved.' },
  options_general: { message: 'General', description: 'Heading of the general settings.' },
  options_strictness_hint: { message: 'Gentle flags only clear problems; strict also flags wording that may read as cold.', description: 'Help under the strictness choice.' },
  options_underline_style: { message: 'Underlines', description: 'Label of the underline style choice.' },
  options_underline_by_severity: { message: 'Coloured by how likely they escalate', description: 'Underline style choice.' },
  options_underline_subtle: { message: 'Subtle: one faint colour', description: 'Underline style choice.' },
  options_shortcut_hints: { message: 'Show keyboard shortcut hints', description: 'Label of the switch for shortcut hints on cards.' },
  options_rules: { message: 'Tone rules', description: 'Heading of the list of rules.' },
  options_rules_intro: { message: 'Each rule underlines one kind of wording that tends to escalate a conversation.', description: 'Introduction of the rules list.' },
  options_example_before: { message: 'Before', description: 'Label of the example that a rule flags.' },
  options_example_after: { message: 'After', description: 'Label of the rewritten example.' },
  options_steps: { message: 'Required checklist steps', description: 'Heading of the required steps.' },
  options_steps_intro: { message: 'The checklist asks for these steps in every reply; the others still count when you write them.', description: 'Introduction of the required steps.' },
  options_custom: { message: 'Your team’s phrases', description: 'Heading of the custom phrases.' },
  options_custom_intro: { message: 'Words your team avoids, and extra phrases that count as empathy or an apology.', description: 'Introduction of the custom phrases.' },
  options_custom_avoid: { message: 'Avoid', description: 'Heading of the list of phrases to avoid.' },
  options_custom_empathy: { message: 'Also counts as empathy', description: 'Heading of the extra empathy phrases.' },
  options_custom_apology: { message: 'Also counts as an apology', description: 'Heading of the extra apology phrases.' },
  options_avoid_field: { message: 'Words to avoid', description: 'Label of the field for a phrase to avoid.' },
  options_replacement_field: { message: 'Write instead (optional)', description: 'Label of the replacement field.' },
  options_note_field: { message: 'Why (optional)', description: 'Label of the note field.' },
  options_phrase_field: { message: 'Phrase', description: 'Label of the field for an extra empathy or apology phrase.' },
  options_add: { message: 'Add', description: 'Button that adds a phrase.' },
  options_remove: { message: 'Remove', description: 'Button that removes a phrase or a site.' },
  options_remove_label: {
    message: 'Remove “$TEXT$”',
    description: 'Accessible name of a remove button.',
    placeholders: ['text'],
  },
  options_phrase_empty: { message: 'Type a phrase first.', description: 'Error for an empty phrase.' },
  options_phrase_too_long: {
    message: 'This is $LENGTH$ characters; the limit is $MAX$.',
    description: 'Error for a phrase that is too long.',
    placeholders: ['length', 'max'],
  },
  options_phrase_duplicate: {
    message: '“$TEXT$” is already in the list.',
    description: 'Error for a phrase that is already listed.',
    placeholders: ['text'],
  },
  options_sites: { message: 'Sites', description: 'Heading of the sites list.' },
  options_sites_intro: { message: 'Defuse coaches only on these sites. Adding one asks your browser for access to it; removing it gives that access back.', description: 'Introduction of the sites list.' },
  options_site_field: { message: 'Your helpdesk’s address', description: 'Label of the field for a new site.' },
  options_add_site: { message: 'Add site', description: 'Button that adds a site.' },
  options_site_added: {
    message: 'Coaching is on for $HOST$. Open tabs of it start at once.',
    description: 'Confirmation after a site was added.',
    placeholders: ['host'],
  },
  options_site_removed: {
    message: '$HOST$ removed, and its access given back.',
    description: 'Confirmation after a site was removed.',
    placeholders: ['host'],
  },
  options_site_refused: {
    message: 'The browser did not give Defuse access to $HOST$, so nothing changed.',
    description: 'Error when the agent declined the site permission.',
    placeholders: ['host'],
  },
  options_transfer: { message: 'Import and export', description: 'Heading of the import/export section.' },
  options_transfer_intro: { message: 'Save all settings to a file, or load a file saved by Defuse in another browser.', description: 'Introduction of the import/export section.' },
  options_export: { message: 'Export settings', description: 'Button that downloads the settings file.' },
  options_import: { message: 'Import settings…', description: 'Button that picks a settings file.' },
  options_import_done: { message: 'Settings imported.', description: 'Confirmation after an import.' },
  options_import_done_kept: {
    message: 'Settings imported. Your team decides $FIELDS$, so those stayed as they were.',
    description: 'Confirmation after an import that skipped locked fields.',
    placeholders: ['fields'],
  },
  options_import_refused: {
    message: 'Nothing was imported: $FILE$ has these problems.',
    description: 'Error above the list of problems of an imported file.',
    placeholders: ['file'],
  },
  options_import_too_big: {
    message: 'Nothing was imported: $FILE$ is too large to be a Defuse settings file.',
    description: 'Error for an oversized file.',
    placeholders: ['file'],
  },
  options_stats: { message: 'Learn from experience', description: 'Heading of the statistics.' },
  options_stats_intro: { message: 'What Defuse caught and what you fixed over the last 30 days. These counts stay in this browser.', description: 'Introduction of the statistics.' },
  options_stats_total: {
    message: '$CAUGHT$ caught, $FIXED$ fixed',
    description: 'Totals over 30 days.',
    placeholders: ['caught', 'fixed'],
  },
  options_stats_chart: {
    message: 'Problems caught and fixed per day, $FROM$ to $TO$',
    description: 'Accessible description of the chart.',
    placeholders: ['from', 'to'],
  },
  options_stats_day: {
    message: '$DAY$: $CAUGHT$ caught, $FIXED$ fixed',
    description: 'Tooltip of one day in the chart.',
    placeholders: ['day', 'caught', 'fixed'],
  },
  options_stats_empty: { message: 'Nothing caught yet.', description: 'Shown when there are no statistics.' },
  options_stats_rule: { message: 'Rule', description: 'Column heading.' },
  options_stats_caught: { message: 'Caught', description: 'Column heading.' },
  options_stats_fixed: { message: 'Fixed', description: 'Column heading.' },
  options_stats_reset: { message: 'Reset statistics', description: 'Button that deletes the statistics.' },
  options_stats_reset_confirm: { message: 'Delete the statistics of the last 30 days?', description: 'Confirmation question before deleting statistics.' },
  options_stats_reset_done: { message: 'Statistics deleted.', description: 'Confirmation after deleting statistics.' },
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

/** The message in the browser's language; the English table where there is no extension (unit tests, scripts). */
export function t<K extends MessageKey>(key: K, ...substitutions: MessageArgs<K>): string {
  const given: readonly Substitution[] = substitutions;
  const subs = given.map(String);
  return fromBrowser(key, subs) || fromTable(key, subs);
}

function fromBrowser(key: MessageKey, subs: string[]): string {
  // `browser` is undefined outside an extension although its type does not say so.
  const i18n = (browser as typeof browser | undefined)?.i18n;
  return i18n ? i18n.getMessage(key, subs) : '';
}

function fromTable(key: MessageKey, subs: readonly string[]): string {
  const spec: MessageSpec = MESSAGES[key];
  const names = (spec.placeholders ?? []).map((name) => name.toLowerCase());
  // Same grammar as messages.json: `$NAME$` is a placeholder (case-insensitive), `$$` a literal dollar.
  return spec.message.replace(/\$\$|\$([a-zA-Z0-9_@]+)\$/g, (match, name: string | undefined) => {
    if (name === undefined) return '$';
    const index = names.indexOf(name.toLowerCase());
    return index < 0 ? match : (subs[index] ?? '');
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
