/** --help and --version. Rule and step ids come from the analyzer so the help cannot drift from it. */
import { readFileSync } from 'node:fs';
import { RULES, STEP_IDS } from '../analyzer';

export function helpText(): string {
  return `Usage: defuse check [options] [FILE...]

Checks canned replies (macros) for escalating wording and for the de-escalation
checklist. Each FILE is one reply; "-" or no FILE reads stdin.

Options:
  --format text|json|jsonl   Output (default: text)
      text   one line per diagnostic: FILE:LINE:COL SEVERITY MESSAGE RULE_ID,
             then the score and the checklist ([x] done, [ ] not yet), then a summary
      json   an array, one object per input: {source, score, diagnostics, steps}
      jsonl  the same objects, one per line
  --input text|jsonl         How inputs are read (default: text)
      text   each FILE is one reply
      jsonl  each line is {"id": ..., "text": "..."}; one result per line, in order,
             with its id and line (text output names it FILE#ID, or FILE#L<line>
             without an id). Blank lines are skipped. A bad line yields
             {id, line, error} in json/jsonl and FILE:LINE: message on stderr;
             the other lines are still checked.
  --fail-on error|warning|info|none
                             Exit 1 when a diagnostic at or above this severity
                             exists (default: error; none never exits 1)
  --config FILE              Team rule pack (JSON), validated strictly:
                               {"rules": {"tone/commanding": false},
                                "requiredSteps": ["apology", "solution"],
                                "strictness": "gentle|standard|strict",
                                "custom": {"avoid": [{"avoid": "...", "replacement": "...",
                                                      "note": "...", "severity": "warning"}],
                                           "empathy": ["..."], "apology": ["..."]}}
  --strictness gentle|standard|strict
                             Overrides the config's strictness (default: standard)
  -h, --help                 Show this help
  -v, --version              Show the version

Lines and columns are 1-based. Columns count UTF-16 code units, as ESLint and tsc
do (an emoji counts 2, a tab 1). In json/jsonl, diagnostics also carry line,
column, endLine, endColumn; start/end are UTF-16 offsets into the text.

Exit codes:
  0  no diagnostic at or above --fail-on
  1  a diagnostic at or above --fail-on
  2  usage error, bad config, or an input that could not be read or parsed
     (missing file, directory, binary or non-UTF-8 file, bad jsonl line);
     the other inputs are still checked. An unreadable file is reported on
     stderr only, so it has no entry in json/jsonl output.

${wrap('Rules:', RULES.map((r) => r.id))}
${wrap('Steps:', STEP_IDS)}
`;
}

function wrap(heading: string, words: readonly string[]): string {
  const lines = [heading];
  for (const [i, word] of words.entries()) {
    const item = i < words.length - 1 ? `${word},` : word;
    if (lines[lines.length - 1]!.length + 1 + item.length > 80) lines.push(' ');
    lines[lines.length - 1] += ` ${item}`;
  }
  return lines.join('\n');
}

export function versionText(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `defuse ${pkg.version}\n`;
}
