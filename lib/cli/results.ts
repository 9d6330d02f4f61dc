/** What checking one input produced: a report, or (for a bad `--input jsonl` line) an error in its place. */
import type { Report } from '../analyzer';
import type { RecordId } from './jsonl-records';

interface Origin {
  /** The FILE as given, or `<stdin>`. */
  source: string;
  /** Set for `--input jsonl` records only. */
  id?: RecordId;
  /** 1-based line of the record in its file; set for `--input jsonl` records only. */
  line?: number;
}

export interface Checked extends Origin {
  /** Kept to turn the report's offsets into lines and columns. */
  text: string;
  report: Report;
}

export interface Failed extends Origin {
  error: string;
}

export type Result = ({ ok: true } & Checked) | ({ ok: false } & Failed);

/**
 * How a result is named in text output: `file`, or for a jsonl record `file#id`, or `file#L3`
 * (its line) when it has no id. Not `file:3`, which would read as a line number of the reply.
 */
export function label(origin: Origin): string {
  if (origin.line === undefined) return origin.source;
  return `${origin.source}#${origin.id ?? `L${origin.line}`}`;
}

/** Where an error is, for stderr: `file:line` for a record, which editors and CI logs link to. */
export function location(origin: Origin): string {
  return origin.line === undefined ? origin.source : `${origin.source}:${origin.line}`;
}
