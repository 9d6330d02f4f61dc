/**
 * The messages between the content script, the background and the popup, and their checks. Every
 * receiver validates the shape and the sender (our own extension) first: a page or another extension
 * that sends look-alike messages gets no answer and changes nothing.
 */
import { STEP_IDS, type Category, type StepId } from '../analyzer/types';
import { isRecord } from '../settings/problems';

export interface StepStatus {
  id: StepId;
  title: string;
  tip: string;
  done: boolean;
  required: boolean;
}

/** The reply the agent is writing, as the popup and the toolbar badge show it. */
export interface ReplyStatus {
  score: number;
  steps: StepStatus[];
  /** Tone problems per category, most frequent first. */
  problems: Array<{ category: Category; count: number }>;
}

/** What a tab's content script knows. */
export interface TabStatus {
  host: string;
  /** Whether coaching is switched on for this site. */
  coaching: boolean;
  /** null while no reply editor is in use. */
  reply: ReplyStatus | null;
}

/** Content script -> background and popup, whenever the status changes. */
export interface StatusMessage {
  type: 'defuse/status';
  status: TabStatus;
}

/** Popup -> content script: "what is the status now?", answered with a TabStatus. */
export interface StatusRequest {
  type: 'defuse/get-status';
}

/** The scripts the background runs in a frame on request (lib/coach/script-loader.ts), by name. */
export const UNLISTED_SCRIPTS = ['analyzer', 'coach'] as const;
export type UnlistedScript = (typeof UNLISTED_SCRIPTS)[number];

/** Content script -> background: "run this script in my frame". */
export interface LoadScriptRequest {
  type: 'defuse/load-script';
  script: UnlistedScript;
}

export function isLoadScriptRequest(v: unknown): v is LoadScriptRequest {
  return isRecord(v) && v.type === 'defuse/load-script' && (UNLISTED_SCRIPTS as readonly unknown[]).includes(v.script);
}

const CATEGORIES: readonly Category[] = [
  'negative-framing', 'blame', 'dismissive', 'condescending', 'arguing', 'deflecting',
  'insincere-apology', 'commanding', 'shouting', 'profanity', 'custom',
];

const isText = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100_000;

function isStep(v: unknown): v is StepStatus {
  return (
    isRecord(v) &&
    (STEP_IDS as readonly unknown[]).includes(v.id) &&
    isText(v.title) &&
    isText(v.tip) &&
    typeof v.done === 'boolean' &&
    typeof v.required === 'boolean'
  );
}

function isReply(v: unknown): v is ReplyStatus {
  return (
    isRecord(v) &&
    isCount(v.score) &&
    v.score <= 100 &&
    Array.isArray(v.steps) &&
    v.steps.length <= STEP_IDS.length &&
    v.steps.every(isStep) &&
    Array.isArray(v.problems) &&
    v.problems.every((p) => isRecord(p) && CATEGORIES.includes(p.category as Category) && isCount(p.count))
  );
}

export function isTabStatus(v: unknown): v is TabStatus {
  return isRecord(v) && isText(v.host, 253) && typeof v.coaching === 'boolean' && (v.reply === null || isReply(v.reply));
}

export function isStatusMessage(v: unknown): v is StatusMessage {
  return isRecord(v) && v.type === 'defuse/status' && isTabStatus(v.status);
}

export function isStatusRequest(v: unknown): v is StatusRequest {
  return isRecord(v) && v.type === 'defuse/get-status';
}

/** A sender that is this extension itself (its content scripts or pages), not a page or another extension. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === ownId;
}

/** What the toolbar badge says: required steps still missing plus tone problems; '' when all is well. */
export function badgeCount(reply: ReplyStatus | null): string {
  if (!reply) return '';
  const missing = reply.steps.filter((s) => s.required && !s.done).length;
  const problems = reply.problems.reduce((sum, p) => sum + p.count, 0);
  const total = missing + problems;
  return total === 0 ? '' : total > 99 ? '99+' : String(total);
}
