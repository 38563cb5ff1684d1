/**
 * The dashboard's charts, behind this one module (loaded lazily with the dashboard) so that a
 * charting library can replace it without touching the page. Apache ECharts is not among the
 * installed packages, so these are plain HTML/SVG bars: every figure is also written as text
 * (screen readers and axe read the numbers, not the shapes).
 */
import { Card, Progress, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { Schemas } from '../../api/client';

/** A fixed palette for segments (shape colours only; every label is text in the page's colours). */
const PALETTE = ['#1677ff', '#13a8a8', '#faad14', '#722ed1', '#2f54eb', '#52c41a', '#eb2f96', '#fa541c', '#8c8c8c', '#a0d911', '#597ef7', '#d4b106'];

export interface Segment {
  key: string;
  label: string;
  value: number;
}

/** One horizontal bar split into segments (files per stage), with a legend that gives each count. */
export function StackedBar({ segments, label }: { segments: Segment[]; label: string }) {
  const total = segments.reduce((s, x) => s + x.value, 0);
  const shown = segments.filter((s) => s.value > 0);
  return (
    <figure className="tp-chart">
      <div className="tp-stacked" aria-hidden="true">
        {shown.map((s) => (
          <Tooltip key={s.key} title={`${s.label}: ${s.value}`}>
            <span style={{ flexGrow: s.value, background: PALETTE[segments.indexOf(s) % PALETTE.length] }} />
          </Tooltip>
        ))}
      </div>
      <figcaption className="tp-sr-only">{label}</figcaption>
      <ul className="tp-legend">
        {segments.map((s, i) => (
          <li key={s.key}>
            <span className="tp-swatch" style={{ background: PALETTE[i % PALETTE.length] }} aria-hidden="true" />
            {s.label} <strong>{s.value}</strong>
            {total > 0 && <span className="tp-muted"> ({Math.round((s.value / total) * 100)}%)</span>}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Labelled horizontal bars, longest first if asked (by level, by province, median days). */
export function BarList({ rows, unit, empty }: { rows: { key: string; label: string; value: number | null; text?: string }[]; unit?: string; empty: string }) {
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  if (!rows.length) return <p className="tp-empty">{empty}</p>;
  return (
    <dl className="tp-barlist">
      {rows.map((r) => (
        <div key={r.key} className="tp-barlist-row">
          <dt>{r.label}</dt>
          <dd>
            <Progress percent={max && r.value ? (r.value / max) * 100 : 0} showInfo={false} size="small" aria-hidden="true" />
            <span className="tp-bar-value">{r.text ?? (r.value === null ? '—' : `${r.value}${unit ?? ''}`)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A pass rate as a ring with its counts. */
export function Rate({ label, passed, failed, rate, passedText, failedText }: { label: string; passed: number; failed: number; rate: number | null; passedText: string; failedText: string }) {
  return (
    <div className="tp-rate">
      <Progress type="circle" size={84} percent={rate === null ? 0 : Math.round(rate * 1000) / 10} format={() => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`)} aria-label={label} />
      <div>
        <strong>{label}</strong>
        <div className="tp-muted">
          {passedText} {passed} · {failedText} {failed}
        </div>
      </div>
    </div>
  );
}

/** Counts per day as columns (SVG), with the busiest day and the total as text. */
export function DayColumns({ days, label, summary }: { days: { date: string; count: number }[]; label: string; summary: string }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const width = Math.max(days.length * 12, 120);
  return (
    <figure className="tp-chart">
      <svg className="tp-days" viewBox={`0 0 ${width} 100`} preserveAspectRatio="none" role="img" aria-label={`${label}: ${summary}`}>
        {days.map((d, i) => (
          <rect key={d.date} x={i * 12 + 1} width={10} y={100 - (d.count / max) * 96} height={(d.count / max) * 96} fill={PALETTE[0]}>
            <title>{`${d.date}: ${d.count}`}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="tp-muted">{summary}</figcaption>
    </figure>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={<Typography.Title level={2} className="tp-card-heading">{title}</Typography.Title>}>
      {children}
    </Card>
  );
}

/** Every chart of the dashboard for one cycle's statistics (GET admin/stats), labels already in the page's language. */
export function DashboardCharts({ stats: s, stages, levels, provinces }: { stats: Schemas['CycleStatsDto']; stages: Segment[]; levels: Segment[]; provinces: Segment[] }) {
  const { t } = useTranslation();
  const busiest = s.submissionsPerDay.reduce<{ date: string; count: number } | null>((b, d) => (!b || d.count > b.count ? d : b), null);
  const submitted = s.submissionsPerDay.reduce((n, d) => n + d.count, 0);
  return (
    <div className="tp-stack">
      <Panel title={t('dashboard.perStage', { total: s.total, filed: s.filed })}>
        <StackedBar segments={stages} label={t('dashboard.perStage', { total: s.total, filed: s.filed })} />
      </Panel>
      <div className="tp-dashboard-grid">
        <Panel title={t('dashboard.byLevel')}>
          <BarList rows={levels} empty={t('dashboard.noneYet')} />
        </Panel>
        <Panel title={t('dashboard.byProvince')}>
          <p className="tp-muted">{t('dashboard.crossProvincial', { count: s.crossProvincial.count, share: s.crossProvincial.share === null ? '—' : `${Math.round(s.crossProvincial.share * 1000) / 10}%` })}</p>
          <BarList rows={provinces} empty={t('dashboard.noneYet')} />
        </Panel>
      </div>
      <Panel title={t('dashboard.passRates')}>
        <div className="tp-rates">
          {(['qualification', 'committee', 'notice'] as const).map((stage) => (
            <Rate
              key={stage}
              label={t(`dashboard.rate.${stage}`)}
              {...s.passRates[stage]}
              passedText={t('dashboard.passed')}
              failedText={t('dashboard.failed')}
            />
          ))}
        </div>
      </Panel>
      <div className="tp-dashboard-grid">
        <Panel title={t('dashboard.medianDays')}>
          <BarList
            rows={s.stageDurations.map((d) => ({
              key: d.stage,
              label: t(`dashboard.stage.${d.stage}`, { defaultValue: d.stage }),
              value: d.medianDays,
              text: d.medianDays === null ? '—' : t('dashboard.days', { count: d.medianDays }),
            }))}
            empty={t('dashboard.noneYet')}
          />
        </Panel>
        <Panel title={t('dashboard.perDay')}>
          {s.submissionsPerDay.length ? (
            <DayColumns
              days={s.submissionsPerDay}
              label={t('dashboard.perDay')}
              summary={t('dashboard.perDaySummary', { total: submitted, days: s.submissionsPerDay.length, date: busiest?.date ?? '', count: busiest?.count ?? 0 })}
            />
          ) : (
            <p className="tp-empty">{t('dashboard.noneYet')}</p>
          )}
        </Panel>
      </div>
      <Panel title={t('dashboard.workload')}>
        <Table
          rowKey="reviewerId"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={s.reviewerWorkload}
          locale={{ emptyText: <span className="tp-empty">{t('dashboard.noReviewers')}</span> }}
          columns={[
            { title: t('dashboard.reviewer'), dataIndex: 'fullName', render: (name: string | null) => name ?? '—' },
            { title: t('dashboard.assigned'), dataIndex: 'assigned', sorter: (a, b) => a.assigned - b.assigned },
            {
              title: t('dashboard.submittedReviews'),
              dataIndex: 'submitted',
              render: (n: number, row) => (
                <Progress
                  percent={row.assigned ? Math.round((n / row.assigned) * 100) : 0}
                  format={() => `${n}/${row.assigned}`}
                  size="small"
                  aria-label={`${t('dashboard.submittedReviews')}: ${row.fullName ?? '—'} ${n}/${row.assigned}`}
                />
              ),
            },
            { title: t('dashboard.overdue'), dataIndex: 'overdue', sorter: (a, b) => a.overdue - b.overdue },
          ]}
        />
      </Panel>
    </div>
  );
}
