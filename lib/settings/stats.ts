/**
 * Local statistics, never synced or sent: per day (`YYYY-MM-DD`, local time) and rule, how many
 * problems were caught and how many the agent fixed. Days older than 30 are pruned on every write.
 * Pure reducers first, then thin wrappers over `storage.local`.
 */
import { storage } from 'wxt/utils/storage';
import { isRecord } from './problems';

export const STATS_DAYS = 30;
const statsItem = storage.defineItem<unknown>('local:stats');
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface RuleCounts {
  caught: number;
  fixed: number;
}

/** `days[day][ruleId]` */
export interface Stats {
  version: 1;
  days: Record<string, Record<string, RuleCounts>>;
}

export interface StatsSummary {
  /** The first and last day covered, inclusive. */
  from: string;
  to: string;
  total: RuleCounts;
  byRule: Record<string, RuleCounts>;
  /** Every day in the window, oldest first, zero when nothing happened. */
  byDay: Array<{ day: string } & RuleCounts>;
}

export function emptyStats(): Stats {
  return { version: 1, days: {} };
}

/** The local calendar day of `date`. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Days since the epoch, or NaN for a malformed key. */
function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m) return NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().startsWith(day) ? ms / 86_400_000 : NaN;
}

function dayFromNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Whatever of a stored value is well-formed; anything else is dropped. */
export function readStats(raw: unknown): Stats {
  const stats = emptyStats();
  if (!isRecord(raw) || !isRecord(raw.days)) return stats;
  for (const [day, rules] of Object.entries(raw.days)) {
    if (Number.isNaN(dayNumber(day)) || !isRecord(rules)) continue;
    for (const [ruleId, counts] of Object.entries(rules)) {
      if (isRecord(counts) && isCount(counts.caught) && isCount(counts.fixed)) {
        (stats.days[day] ??= {})[ruleId] = { caught: counts.caught, fixed: counts.fixed };
      }
    }
  }
  return stats;
}

/** Drops days before the 30-day window ending on `today`. */
export function pruneStats(stats: Stats, today: string): Stats {
  const first = dayNumber(today) - (STATS_DAYS - 1);
  return { version: 1, days: Object.fromEntries(Object.entries(stats.days).filter(([day]) => dayNumber(day) >= first)) };
}

function bump(stats: Stats, ruleId: string, day: string, field: keyof RuleCounts): Stats {
  if (Number.isNaN(dayNumber(day))) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  const counts = stats.days[day]?.[ruleId] ?? { caught: 0, fixed: 0 };
  const next: Stats = { version: 1, days: { ...stats.days, [day]: { ...stats.days[day], [ruleId]: { ...counts, [field]: counts[field] + 1 } } } };
  return pruneStats(next, day);
}

export const addCaught = (stats: Stats, ruleId: string, day: string): Stats => bump(stats, ruleId, day, 'caught');
export const addFixed = (stats: Stats, ruleId: string, day: string): Stats => bump(stats, ruleId, day, 'fixed');

/** Totals over the 30 days ending on `today`. */
export function summarize(stats: Stats, today: string): StatsSummary {
  const last = dayNumber(today);
  const total: RuleCounts = { caught: 0, fixed: 0 };
  const byRule: Record<string, RuleCounts> = {};
  const byDay: StatsSummary['byDay'] = [];
  for (let n = last - (STATS_DAYS - 1); n <= last; n++) {
    const day = dayFromNumber(n);
    const entry = { day, caught: 0, fixed: 0 };
    for (const [ruleId, counts] of Object.entries(stats.days[day] ?? {})) {
      const rule = (byRule[ruleId] ??= { caught: 0, fixed: 0 });
      rule.caught += counts.caught;
      rule.fixed += counts.fixed;
      entry.caught += counts.caught;
      entry.fixed += counts.fixed;
    }
    total.caught += entry.caught;
    total.fixed += entry.fixed;
    byDay.push(entry);
  }
  return { from: byDay[0]?.day ?? today, to: today, total, byRule, byDay };
}

let queue: Promise<unknown> = Promise.resolve();

/** Read-modify-write, one at a time within this context. */
function record(reduce: (stats: Stats) => Stats): Promise<void> {
  const run = queue.then(async () => {
    await statsItem.setValue(reduce(readStats(await statsItem.getValue())));
  });
  queue = run.catch(() => undefined);
  return run;
}

export function recordCaught(ruleId: string, day: string = dayKey(new Date())): Promise<void> {
  return record((stats) => addCaught(stats, ruleId, day));
}

export function recordFixed(ruleId: string, day: string = dayKey(new Date())): Promise<void> {
  return record((stats) => addFixed(stats, ruleId, day));
}

export async function statsForLast30Days(now: Date = new Date()): Promise<StatsSummary> {
  return summarize(readStats(await statsItem.getValue()), dayKey(now));
}

/** Forgets every count. */
export function resetStats(): Promise<void> {
  return statsItem.removeValue();
}

/** Calls back whenever the counts change (in any tab); returns the unsubscribe. */
export function watchStats(onChange: () => void): () => void {
  return statsItem.watch(() => onChange());
}
