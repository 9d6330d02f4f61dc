/** `run(argv, io) -> exit code`: the whole CLI, without touching process, so tests can call it in-process. */
import { analyze, type AnalyzeOptions } from '../analyzer';
import { EXIT_ERROR, EXIT_OK, exitCode, fails } from './exit-codes';
import { formatJson, formatJsonl } from './format-json';
import { formatText, formatTextSummary } from './format-text';
import { helpText, versionText } from './help';
import type { Io } from './io';
import { parseJsonl } from './jsonl-records';
import { loadConfig } from './load-config';
import { parseArgs, type CheckOptions } from './parse-args';
import { readInput } from './read-input';
import { location, type Checked, type Result } from './results';

function usageError(io: Io, message: string): number {
  io.stderr(`defuse: ${message}\nRun "defuse --help" for usage.\n`);
  return EXIT_ERROR;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { command } = parsed;
  if (command.kind === 'help') {
    io.stdout(helpText());
    return EXIT_OK;
  }
  if (command.kind === 'version') {
    io.stdout(versionText());
    return EXIT_OK;
  }
  return check(command, io);
}

async function check(command: CheckOptions, io: Io): Promise<number> {
  let options: AnalyzeOptions = {};
  if (command.config !== undefined) {
    const config = await loadConfig(command.config, io);
    if (!config.ok) {
      io.stderr(config.errors.map((e) => `${e}\n`).join(''));
      return EXIT_ERROR;
    }
    options = config.options;
  }
  if (command.strictness) options = { ...options, strictness: command.strictness };

  const files = command.files.length > 0 ? command.files : ['-'];
  if (command.files.length === 0 && io.stdinIsTTY) {
    return usageError(io, 'no input: name a FILE, or pipe text in (use "-" to type it)');
  }

  const checked: Checked[] = [];
  const results: Result[] = [];
  let failed = 0;
  // text and jsonl stream as they go, so a long batch shows progress and stderr lines sit near their input.
  const emit = (result: Result) => {
    if (command.format === 'json') results.push(result);
    if (result.ok) checked.push(result);
    else {
      failed++;
      io.stderr(`${location(result)}: ${result.error}\n`);
    }
    if (command.format === 'jsonl') io.stdout(formatJsonl(result));
    else if (command.format === 'text' && result.ok) io.stdout(formatText(result) + '\n');
  };

  for (const file of files) {
    const input = await readInput(file, io);
    if (!input.ok) {
      // A file that cannot be read has no place in the output, only on stderr; see --help.
      failed++;
      io.stderr(`${input.source}: ${input.error}\n`);
      continue;
    }
    if (command.input === 'text') {
      emit({ ok: true, source: input.source, text: input.text, report: analyze(input.text, options) });
      continue;
    }
    for (const record of parseJsonl(input.text)) {
      const origin = { source: input.source, line: record.line, ...(record.id === undefined ? {} : { id: record.id }) };
      emit(
        record.ok
          ? { ok: true, ...origin, text: record.text, report: analyze(record.text, options) }
          : { ok: false, ...origin, error: record.error },
      );
    }
  }

  if (command.format === 'json') io.stdout(formatJson(results));
  if (command.format === 'text') io.stdout(formatTextSummary(checked, failed));

  return exitCode({
    hadInputErrors: failed > 0,
    hadFailingDiagnostic: checked.some((c) => c.report.diagnostics.some((d) => fails(d, command.failOn))),
  });
}
