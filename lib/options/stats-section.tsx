/**
 * "Learn from experience": problems caught and fixed per rule over the last 30 days, with a small
 * chart per day and a reset. The counts live in this browser's local storage only.
 */
import { useEffect, useState } from 'preact/hooks';
import { RULES } from '../analyzer/rules';
import { resetStats, statsForLast30Days, watchStats, type StatsSummary } from '../settings/stats';
import { t } from '../ui/messages';
import { Section, type SectionStatus } from './section';

const ruleTitle = (id: string) => RULES.find((r) => r.id === id)?.title ?? (id.startsWith('custom/') ? t('category_custom') : id);

export function StatsSection() {
  const [summary, setSummary] = useState<StatsSummary | null>(null);
  const [status, setStatus] = useState<SectionStatus | null>(null);

  useEffect(() => {
    const load = () => void statsForLast30Days().then(setSummary);
    load();
    return watchStats(load);
  }, []);

  if (!summary) return null;
  const rows = Object.entries(summary.byRule).sort((a, b) => b[1].caught - a[1].caught || a[0].localeCompare(b[0]));
  const reset = () => {
    if (!confirm(t('options_stats_reset_confirm'))) return;
    void resetStats().then(
      () => setStatus({ kind: 'done', text: t('options_stats_reset_done') }),
      (error: unknown) => setStatus({ kind: 'error', text: String(error) }),
    );
  };

  return (
    <Section id="stats" title={t('options_stats')} intro={t('options_stats_intro')} status={status}>
      <p class="stats-total" data-caught={summary.total.caught} data-fixed={summary.total.fixed}>
        {t('options_stats_total', summary.total.caught, summary.total.fixed)}
      </p>
      <DayChart summary={summary} />
      {rows.length === 0 ? (
        <p class="hint">{t('options_stats_empty')}</p>
      ) : (
        <table class="stats-table">
          <thead>
            <tr>
              <th scope="col">{t('options_stats_rule')}</th>
              <th scope="col">{t('options_stats_caught')}</th>
              <th scope="col">{t('options_stats_fixed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, counts]) => (
              <tr key={id} data-stats-rule={id}>
                <th scope="row">{ruleTitle(id)}</th>
                <td>{counts.caught}</td>
                <td>{counts.fixed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" data-reset-stats="" onClick={reset}>
          {t('options_stats_reset')}
        </button>
      </p>
    </Section>
  );
}

/** One bar per day: its height is what was caught, the darker part what was fixed. */
function DayChart({ summary }: { summary: StatsSummary }) {
  const width = 300;
  const height = 60;
  const max = Math.max(1, ...summary.byDay.map((d) => d.caught));
  const step = width / summary.byDay.length;
  return (
    <svg class="stats-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('options_stats_chart', summary.from, summary.to)}>
      {summary.byDay.map((d, i) => {
        const caught = (d.caught / max) * height;
        const fixed = (Math.min(d.fixed, d.caught) / max) * height;
        return (
          <g key={d.day} data-day={d.day}>
            <title>{t('options_stats_day', d.day, d.caught, d.fixed)}</title>
            <rect class="caught" x={i * step + 1} y={height - caught} width={step - 2} height={caught} />
            <rect class="fixed" x={i * step + 1} y={height - fixed} width={step - 2} height={fixed} />
          </g>
        );
      })}
    </svg>
  );
}
