/**
 * The dashboard's charts, drawn with Apache ECharts, behind this one module: it is loaded lazily
 * with the dashboard (home.tsx), so ECharts lands in the dashboard's chunk and never in the first
 * load. Only what is used is registered, once, here: the bar chart (every chart is a bar chart),
 * the grid, tooltip, legend and aria components, and the SVG renderer.
 *
 * Why SVG and not canvas: a few dozen bars per chart, where SVG is as fast, stays sharp at any
 * zoom and in printouts and screenshots, and needs no backing store. Why tooltips in rich text:
 * ECharts' HTML tooltip writes `style="…"` attributes through innerHTML, which the portal's CSP
 * (no `'unsafe-inline'` styles) refuses; rich text is drawn by the renderer itself.
 *
 * Accessibility: ECharts' aria is on (decal patterns, so no series is told apart by colour alone;
 * `role="img"` with a description naming the chart and giving its figures), and every chart's
 * numbers are also a visually hidden table (screen readers and axe read text, not shapes).
 * Animation is off when the user prefers reduced motion. Text colours meet AA on white.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Card, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Schemas } from '../../api/client';

use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption>;

/** Shape colours, each at least 3:1 against white (WCAG 1.4.11), and told apart by decals too. */
const PALETTE = ['#1677ff', '#08979c', '#d46b08', '#722ed1', '#389e0d', '#c41d7f', '#d4380d', '#1d39c4', '#ad8b00', '#5b8c00', '#595959', '#006d75'];
/** Text in the charts: the page's text colour (16:1) and its secondary one (7:1). */
const TEXT = '#1f1f1f';
const MUTED = '#595959';
const AXIS = { axisLabel: { color: MUTED }, axisLine: { lineStyle: { color: '#8c8c8c' } }, splitLine: { lineStyle: { color: '#f0f0f0' } } };
const TOOLTIP: TooltipComponentOption = { renderMode: 'richText', confine: true, textStyle: { color: TEXT }, backgroundColor: '#ffffff', borderColor: '#d9d9d9' };

export interface Segment {
  key: string;
  label: string;
  value: number;
}

interface Row {
  key: string;
  label: string;
  value: number | null;
  /** The value as the page writes it (units, "—"); the number itself if absent. */
  text?: string;
}

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const shown = (r: Row) => r.text ?? (r.value === null ? '—' : String(r.value));
/** The figures as one sentence for the chart's accessible name ("A 3, B 5"). */
const figures = (rows: Row[], separator: string) => rows.map((r) => `${r.label} ${shown(r)}`).join(separator);
const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/**
 * One ECharts instance in a div: created on mount (again if the language changes), the option set
 * whenever it changes, resized with its box, disposed on unmount. `name` is its accessible name
 * (ECharts' aria description, with role="img").
 */
export function EChart({ option, name, height }: { option: ChartOption; name: string; height: number }) {
  const { i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const locale = i18n.language.startsWith('zh') ? 'ZH' : 'EN';
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'svg', locale });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    chart.current?.setOption(
      {
        color: PALETTE,
        // The page's own font, so that labels are measured (containLabel, legend) in the font they are drawn in.
        textStyle: { color: TEXT, fontFamily: getComputedStyle(element).fontFamily },
        animation: !reducedMotion(),
        aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: name } },
        ...option,
      },
      { notMerge: true },
    );
  }, [option, name, locale]);
  return <div ref={box} className="tp-echart" role="img" aria-label={name} style={{ height }} />;
}

/** A chart's figures as a table only screen readers (and axe) see. */
function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  // The wrapper is what is hidden: a table ignores a 1px width and would widen the page.
  return (
    <div className="tp-sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r[0])}>
              {r.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Files per stage: one bar stacked by status, the legend naming each status with its count. */
export function StageChart({ segments, title }: { segments: Segment[]; title: string }) {
  const { t } = useTranslation();
  const total = segments.reduce((n, s) => n + s.value, 0);
  const present = useMemo(() => segments.filter((s) => s.value > 0), [segments]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { ...TOOLTIP, trigger: 'item', formatter: (p) => `${(p as { seriesName: string }).seriesName}: ${String((p as { value: number }).value)}` },
      legend: { top: 56, left: 0, itemGap: 16, textStyle: { color: TEXT }, formatter: (name) => `${name} ${present.find((s) => s.label === name)?.value ?? ''}` },
      grid: { top: 0, left: 0, right: 0, height: 40 },
      xAxis: { type: 'value', max: total || 1, show: false },
      yAxis: { type: 'category', data: [title], show: false },
      series: present.map((s, i) => ({ type: 'bar', stack: 'files', name: s.label, data: [s.value], barWidth: 32, itemStyle: { color: PALETTE[segments.indexOf(s) % PALETTE.length] }, z: i })),
    }),
    [present, segments, title, total],
  );
  // The legend wraps: room for about three statuses a row on a narrow screen.
  const height = 72 + Math.ceil(present.length / 3) * 24;
  return (
    <figure className="tp-chart">
      <EChart option={option} height={height} name={`${title}: ${figures(present, t('dashboard.separator'))}`} />
      <DataTable
        caption={title}
        head={[t('dashboard.col.status'), t('dashboard.col.files'), t('dashboard.col.share')]}
        rows={segments.map((s) => [s.label, s.value, total ? `${Math.round((s.value / total) * 100)}%` : '—'])}
      />
    </figure>
  );
}

/** Labelled horizontal bars with their values written at the end (by level, by province, median days). */
export function BarRows({ rows, title, column, valueColumn, empty }: { rows: Row[]; title: string; column: string; valueColumn: string; empty: string }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { ...TOOLTIP, trigger: 'item', formatter: (p) => `${(p as { name: string }).name}: ${shown(rows[(p as { dataIndex: number }).dataIndex])}` },
      grid: { top: 4, bottom: 4, left: 8, right: 72, containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), ...AXIS, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          name: title,
          barMaxWidth: 18,
          data: rows.map((r) => r.value),
          label: { show: true, position: 'right', color: TEXT, formatter: (p) => shown(rows[p.dataIndex]) },
        },
      ],
    }),
    [rows, title],
  );
  if (!rows.length) return <p className="tp-empty">{empty}</p>;
  return (
    <figure className="tp-chart">
      <EChart option={option} height={16 + rows.length * 30} name={`${title}: ${figures(rows, t('dashboard.separator'))}`} />
      <DataTable caption={title} head={[column, valueColumn]} rows={rows.map((r) => [r.label, shown(r)])} />
    </figure>
  );
}

/** Pass rates at qualification, committee and notice: passed and failed stacked, the rate written at the end. */
export function PassRates({ rates, title }: { rates: Schemas['CycleStatsDto']['passRates']; title: string }) {
  const { t } = useTranslation();
  const stages = useMemo(() => (['qualification', 'committee', 'notice'] as const).map((stage) => ({ stage, label: t(`dashboard.rate.${stage}`), ...rates[stage] })), [rates, t]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { ...TOOLTIP, trigger: 'item', formatter: (p) => `${(p as { name: string }).name} · ${(p as { seriesName: string }).seriesName}: ${String((p as { value: number }).value)}` },
      legend: { bottom: 0, left: 0, textStyle: { color: TEXT } },
      grid: { top: 4, bottom: 36, left: 8, right: 72, containLabel: true },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, data: stages.map((s) => s.label), ...AXIS, axisTick: { show: false } },
      series: [
        { type: 'bar', stack: 'rate', name: t('dashboard.passed'), barMaxWidth: 20, data: stages.map((s) => s.passed), itemStyle: { color: PALETTE[0] } },
        {
          type: 'bar',
          stack: 'rate',
          name: t('dashboard.failed'),
          barMaxWidth: 20,
          data: stages.map((s) => s.failed),
          itemStyle: { color: PALETTE[2] },
          label: { show: true, position: 'right', color: TEXT, formatter: (p) => percent(stages[p.dataIndex].rate) },
        },
      ],
    }),
    [stages, t],
  );
  const name = `${title}: ${stages.map((s) => `${s.label} ${percent(s.rate)}`).join(t('dashboard.separator'))}`;
  return (
    <figure className="tp-chart">
      <EChart option={option} height={150} name={name} />
      <DataTable
        caption={title}
        head={[t('dashboard.col.stage'), t('dashboard.passed'), t('dashboard.failed'), t('dashboard.col.rate')]}
        rows={stages.map((s) => [s.label, s.passed, s.failed, percent(s.rate)])}
      />
    </figure>
  );
}

/** First submissions per day as columns, the total and the busiest day written below. */
export function PerDay({ days, title, summary }: { days: { date: string; count: number }[]; title: string; summary: string }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { ...TOOLTIP, trigger: 'item', formatter: (p) => `${(p as { name: string }).name}: ${String((p as { value: number }).value)}` },
      grid: { top: 12, bottom: 4, left: 8, right: 8, containLabel: true },
      xAxis: { type: 'category', data: days.map((d) => d.date.slice(5)), ...AXIS, axisTick: { show: false } },
      yAxis: { type: 'value', minInterval: 1, ...AXIS },
      series: [{ type: 'bar', name: title, barMaxWidth: 24, data: days.map((d) => d.count) }],
    }),
    [days, title],
  );
  return (
    <figure className="tp-chart">
      <EChart option={option} height={180} name={`${title}: ${summary}`} />
      <figcaption className="tp-muted">{summary}</figcaption>
      <DataTable caption={title} head={[t('dashboard.col.date'), t('dashboard.col.submissions')]} rows={days.map((d) => [d.date, d.count])} />
    </figure>
  );
}

/** Reviewer workload: per reviewer, reviews submitted, still open and overdue; the table below gives the figures. */
export function Workload({ rows, title }: { rows: Schemas['ReviewerWorkloadDto'][]; title: string }) {
  const { t } = useTranslation();
  const named = useMemo(() => rows.map((r) => ({ ...r, name: r.fullName ?? '—', open: Math.max(0, r.assigned - r.submitted - r.overdue) })), [rows]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { ...TOOLTIP, trigger: 'item', formatter: (p) => `${(p as { name: string }).name} · ${(p as { seriesName: string }).seriesName}: ${String((p as { value: number }).value)}` },
      legend: { bottom: 0, left: 0, textStyle: { color: TEXT } },
      grid: { top: 4, bottom: 36, left: 8, right: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, ...AXIS },
      yAxis: { type: 'category', inverse: true, data: named.map((r) => r.name), ...AXIS, axisTick: { show: false } },
      series: [
        { type: 'bar', stack: 'load', name: t('dashboard.submittedReviews'), barMaxWidth: 18, data: named.map((r) => r.submitted), itemStyle: { color: PALETTE[0] } },
        { type: 'bar', stack: 'load', name: t('dashboard.open'), barMaxWidth: 18, data: named.map((r) => r.open), itemStyle: { color: PALETTE[1] } },
        { type: 'bar', stack: 'load', name: t('dashboard.overdue'), barMaxWidth: 18, data: named.map((r) => r.overdue), itemStyle: { color: PALETTE[6] } },
      ],
    }),
    [named, t],
  );
  if (!rows.length) return <p className="tp-empty">{t('dashboard.noReviewers')}</p>;
  const name = `${title}: ${named.map((r) => `${r.name} ${r.submitted}/${r.assigned}`).join(t('dashboard.separator'))}`;
  return (
    <>
      <EChart option={option} height={60 + named.length * 28} name={name} />
      <Table
        rowKey="reviewerId"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          { title: t('dashboard.reviewer'), dataIndex: 'fullName', render: (fullName: string | null) => fullName ?? '—' },
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
    </>
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
  const perStage = t('dashboard.perStage', { total: s.total, filed: s.filed });
  const medians = useMemo(
    () =>
      s.stageDurations.map((d) => ({
        key: d.stage,
        label: t(`dashboard.stage.${d.stage}`, { defaultValue: d.stage }),
        value: d.medianDays,
        text: d.medianDays === null ? '—' : t('dashboard.days', { count: d.medianDays }),
      })),
    [s.stageDurations, t],
  );
  return (
    <div className="tp-stack">
      <Panel title={perStage}>
        <StageChart segments={stages} title={perStage} />
      </Panel>
      <div className="tp-dashboard-grid">
        <Panel title={t('dashboard.byLevel')}>
          <BarRows rows={levels} title={t('dashboard.byLevel')} column={t('dashboard.col.level')} valueColumn={t('dashboard.col.files')} empty={t('dashboard.noneYet')} />
        </Panel>
        <Panel title={t('dashboard.byProvince')}>
          <p className="tp-muted">{t('dashboard.crossProvincial', { count: s.crossProvincial.count, share: percent(s.crossProvincial.share) })}</p>
          <BarRows rows={provinces} title={t('dashboard.byProvince')} column={t('dashboard.col.province')} valueColumn={t('dashboard.col.files')} empty={t('dashboard.noneYet')} />
        </Panel>
      </div>
      <Panel title={t('dashboard.passRates')}>
        <PassRates rates={s.passRates} title={t('dashboard.passRates')} />
      </Panel>
      <div className="tp-dashboard-grid">
        <Panel title={t('dashboard.medianDays')}>
          <BarRows rows={medians} title={t('dashboard.medianDays')} column={t('dashboard.col.stage')} valueColumn={t('dashboard.col.median')} empty={t('dashboard.noneYet')} />
        </Panel>
        <Panel title={t('dashboard.perDay')}>
          {s.submissionsPerDay.length ? (
            <PerDay
              days={s.submissionsPerDay}
              title={t('dashboard.perDay')}
              summary={t('dashboard.perDaySummary', { total: submitted, days: s.submissionsPerDay.length, date: busiest?.date ?? '', count: busiest?.count ?? 0 })}
            />
          ) : (
            <p className="tp-empty">{t('dashboard.noneYet')}</p>
          )}
        </Panel>
      </div>
      <Panel title={t('dashboard.workload')}>
        <Workload rows={s.reviewerWorkload} title={t('dashboard.workload')} />
      </Panel>
    </div>
  );
}
