import { lazy, Suspense } from 'react';
import { Alert, App, Button, Card, Empty, Select, Space, Spin, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { levelLabel, LEVELS, statusLabel, STATUSES } from '../../components/labels';
import { formatDate, localized } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { cycleStatsQuery, cyclesQuery, regionsQuery, waitingQuery } from './queries/dashboard';
import { Title } from './shared';

// The charts load with the dashboard only (their own chunk), never with the first page.
const Charts = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.DashboardCharts })));

type Waiting = Schemas['DashboardWaitingDto'];

/** A link to the admin files list filtered as the query string says. */
export function filesLink(query: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
  return `/admin/applications?${params.toString()}`;
}

/** The "waiting on the office" items: each count with where it leads (the filtered list, or the page that handles it). */
function waitingItems(w: Waiting, cycleId: string) {
  return [
    { key: 'awaitingQualification', count: w.awaitingQualification.count, to: filesLink({ cycleId, status: 'submitted', sort: 'submittedAt', order: 'asc' }), days: w.awaitingQualification.oldestDays },
    { key: 'correctionsOverdue', count: w.correctionsOverdue, to: filesLink({ cycleId, status: 'returned', correctionOverdue: 'true', sort: 'submittedAt', order: 'asc' }) },
    { key: 'incompletePanels', count: w.incompletePanels, to: `/admin/assignment?cycle=${cycleId}` },
    { key: 'reviewsOverdue', count: w.reviewsOverdue, to: filesLink({ cycleId, status: 'in_review', sort: 'submittedAt', order: 'asc' }) },
    { key: 'reviewedNotOnAgenda', count: w.reviewedNotOnAgenda, to: filesLink({ cycleId, status: 'reviewed', sort: 'score', order: 'desc' }) },
    { key: 'meetingsToClose', count: w.meetingsToClose, to: '/admin/meetings' },
    { key: 'noticesEndingThisWeek', count: w.noticesEndingThisWeek, to: '/admin/notices', officeWide: true },
    { key: 'openObjections', count: w.openObjections, to: '/admin/notices', officeWide: true },
    { key: 'pendingAppeals', count: w.pendingAppeals, to: '/admin/appeals', officeWide: true },
    { key: 'failedNotifications', count: w.failedNotifications, to: '/admin/notifications', officeWide: true },
  ];
}

function WaitingList({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const waiting = useQuery(waitingQuery(cycleId));
  if (waiting.isLoading) return <Spin aria-label={t('dashboard.loading')} />;
  if (waiting.error || !waiting.data)
    return (
      <Alert
        type="error"
        title={errorText(t, waiting.error)}
        action={
          <Button size="small" onClick={() => void waiting.refetch()}>
            {t('dashboard.retry')}
          </Button>
        }
      />
    );
  return (
    <ul className="tp-waiting" aria-label={t('dashboard.waitingTitle')}>
      {waitingItems(waiting.data, cycleId).map((item) => {
        const name = t(`dashboard.waiting.${item.key}`);
        return (
          <li key={item.key} data-waiting={item.key}>
            <span>
              {item.to ? <Link to={item.to}>{name}</Link> : name}
              {item.officeWide && <div className="tp-muted">{t('dashboard.officeWide')}</div>}
              {item.days != null && item.count > 0 && <div className="tp-muted">{t('dashboard.oldestWaits', { count: item.days })}</div>}
            </span>
            <span className="tp-count">{item.count}</span>
          </li>
        );
      })}
    </ul>
  );
}

function Statistics({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const stats = useQuery(cycleStatsQuery(cycleId));
  const regions = useQuery(regionsQuery());
  if (stats.isLoading) return <Spin aria-label={t('dashboard.loading')} />;
  if (stats.error || !stats.data)
    return (
      <Alert
        type="error"
        title={errorText(t, stats.error)}
        action={
          <Button size="small" onClick={() => void stats.refetch()}>
            {t('dashboard.retry')}
          </Button>
        }
      />
    );
  const s = stats.data;
  if (s.total === 0) return <Empty description={<span className="tp-empty">{t('dashboard.noFiles')}</span>} />;
  const provinceName = (code: string) => {
    const region = regions.data?.items.find((r) => r.code.startsWith(code));
    return region ? localized(region.name) : code;
  };
  // The labels module's order first, then any status the API knows that the page does not yet (a newer workflow).
  const statuses = [...STATUSES.filter((st) => st in s.byStatus), ...Object.keys(s.byStatus).filter((st) => !(STATUSES as string[]).includes(st))];
  return (
    <Suspense fallback={<Spin aria-label={t('dashboard.loading')} />}>
      <Charts
        stats={s}
        stages={statuses.map((st) => ({ key: st, label: statusLabel(t, st), value: s.byStatus[st] ?? 0 }))}
        levels={LEVELS.filter((l) => l in s.byLevel).map((l) => ({ key: l, label: levelLabel(t, l), value: s.byLevel[l] }))}
        provinces={Object.entries(s.byHomeProvince)
          .sort((a, b) => b[1] - a[1])
          .map(([code, n]) => ({ key: code, label: provinceName(code), value: n }))}
      />
    </Suspense>
  );
}

/** The admin's home: the chosen cycle's figures and what waits on the office, with the links to every admin page. */
export function AdminHome() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const cycles = useQuery(cyclesQuery());
  useDocumentTitle(t('dashboard.title'));
  const cycleId = params.get('cycle') ?? cycles.data?.items[0]?.id;
  const cycle = cycles.data?.items.find((c) => c.id === cycleId);
  async function openQueues() {
    try {
      const session = await unwrap(api.POST('/api/v1/admin/queues/session'));
      window.open(session.url, '_blank', 'noopener');
    } catch (e) {
      message.error(errorText(t, e));
    }
  }
  return (
    <div className="tp-stack">
      <Title>{t('dashboard.title')}</Title>
      <nav aria-label={t('dashboard.adminPages')}>
        <Space wrap>
          <Link to="/admin/applications">{t('nav.adminApplications')}</Link>
          <Link to="/admin/cycles">{t('nav.adminCycles')}</Link>
          <Link to="/admin/forms">{t('nav.adminForms')}</Link>
          <Link to="/admin/users">{t('nav.adminUsers')}</Link>
          <Link to="/admin/organisations">{t('nav.adminOrganisations')}</Link>
          <Link to="/admin/notifications">{t('nav.adminNotifications')}</Link>
          <Link to="/admin/audit">{t('audit.title')}</Link>
          <Link to="/admin/calendar">{t('calendar.title')}</Link>
          <Link to="/admin/committees">{t('committees.title')}</Link>
          <Link to="/admin/meetings">{t('meetings.title')}</Link>
          <Link to="/admin/notices">{t('noticeAdmin.nav')}</Link>
          <Button onClick={() => void openQueues()}>{t('admin.queueDashboard')}</Button>
          <a href="/docs" target="_blank" rel="noopener">
            {t('admin.apiDocs')}
          </a>
        </Space>
      </nav>
      <Space wrap align="center">
        <label htmlFor="dashboard-cycle">{t('fields.cycle')}</label>
        <Select
          id="dashboard-cycle"
          style={{ minWidth: 260, maxWidth: '100%' }}
          loading={cycles.isLoading}
          value={cycleId}
          onChange={(id: string) => setParams({ cycle: id })}
          options={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: i18n.language === 'en' ? c.nameEn : c.nameZh }))}
        />
        {cycle && (
          <span className="tp-muted">
            {formatDate(cycle.opensAt)} – {formatDate(cycle.closesAt)}
          </span>
        )}
      </Space>
      {cycles.error && (
        <Alert
          type="error"
          title={errorText(t, cycles.error)}
          action={
            <Button size="small" onClick={() => void cycles.refetch()}>
              {t('dashboard.retry')}
            </Button>
          }
        />
      )}
      {cycles.data && !cycleId && <Empty description={<span className="tp-empty">{t('dashboard.noCycles')}</span>} />}
      {cycleId && (
        <>
          <Card title={<Typography.Title level={2} className="tp-card-heading">{t('dashboard.waitingTitle')}</Typography.Title>}>
            <WaitingList cycleId={cycleId} />
          </Card>
          <Statistics cycleId={cycleId} />
        </>
      )}
    </div>
  );
}
