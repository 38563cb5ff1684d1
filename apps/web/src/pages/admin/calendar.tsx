import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Radio, Select, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { currentLanguage, formatDateTime } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { calendarYearQuery } from './queries/calendar';
import { Title } from './shared';

type Kind = 'normal' | 'holiday' | 'workday';

/** Weeks of a month, Monday first: each cell a YYYY-MM-DD date or null (outside the month). */
function weeksOf(year: number, month: number): (string | null)[][] {
  const first = dayjs(new Date(year, month, 1));
  const lead = (first.day() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= first.daysInMonth(); d++) cells.push(first.date(d).format('YYYY-MM-DD'));
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/** The working-day calendar: a year as twelve month grids, holidays and make-up working days marked, a day edited, the year confirmed. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  useDocumentTitle(t('calendar.title'));
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const calendar = useQuery(calendarYearQuery(year));
  const [holidays, setHolidays] = useState<Map<string, string | null>>(new Map());
  const [workdays, setWorkdays] = useState<Map<string, string | null>>(new Map());
  const [selected, setSelected] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    if (!calendar.data) return;
    setHolidays(new Map(calendar.data.holidays.map((d) => [d.date, d.name])));
    setWorkdays(new Map(calendar.data.workdays.map((d) => [d.date, d.name])));
    setDirty(false);
    setSelected(null);
  }, [calendar.data]);

  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/api/v1/admin/calendar/{year}', { params: { path: { year: String(year) } }, body: { holidays: [...holidays.keys()].sort(), workdays: [...workdays.keys()].sort() } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(calendarYearQuery(year).queryKey, saved);
      message.success(t('calendar.saved', { year }));
    },
    onError: (e) => message.error(errorText(t, e)),
  });

  const kindOf = (date: string): Kind => (holidays.has(date) ? 'holiday' : workdays.has(date) ? 'workday' : 'normal');
  function setKind(date: string, kind: Kind) {
    const name = holidays.get(date) ?? workdays.get(date) ?? null;
    const h = new Map(holidays);
    const w = new Map(workdays);
    h.delete(date);
    w.delete(date);
    if (kind === 'holiday') h.set(date, name);
    if (kind === 'workday') w.set(date, name);
    setHolidays(h);
    setWorkdays(w);
    setDirty(true);
  }

  const lang = currentLanguage();
  const monthName = useMemo(() => new Intl.DateTimeFormat(lang, { month: 'long' }), [lang]);
  const weekday = useMemo(() => new Intl.DateTimeFormat(lang, { weekday: 'short' }), [lang]);
  const weekdayNames = Array.from({ length: 7 }, (_, i) => weekday.format(new Date(2024, 0, 1 + i)));
  const data = calendar.data;
  const seeded = data?.source?.startsWith('seed') ?? false;

  return (
    <div className="tp-stack">
      <Title>{t('calendar.title')}</Title>
      <p className="tp-section-help">{t('calendar.help')}</p>
      <Space wrap align="center">
        <label htmlFor="calendar-year">{t('calendar.year')}</label>
        <Select
          id="calendar-year"
          value={year}
          onChange={(y: number) => setYear(y)}
          style={{ width: 120 }}
          options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: y, label: String(y) }))}
        />
      </Space>
      {calendar.isLoading && <Spin aria-label={t('dashboard.loading')} />}
      {calendar.error && (
        <Alert
          type="error"
          title={errorText(t, calendar.error)}
          action={
            <Button size="small" onClick={() => void calendar.refetch()}>
              {t('dashboard.retry')}
            </Button>
          }
        />
      )}
      {data && (
        <>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
            <Descriptions.Item label={t('calendar.status')}>
              <Space wrap>
                <Tag variant="solid" color={data.confirmed ? 'success' : 'warning'} data-testid="calendar-status">
                  {data.confirmed ? t('calendar.confirmed') : t('calendar.unconfirmed')}
                </Tag>
                {seeded && <Tag data-testid="calendar-seeded">{t('calendar.seeded', { source: data.source })}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('calendar.confirmedAt')}>{data.confirmedAt ? formatDateTime(String(data.confirmedAt)) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('calendar.counts')}>{t('calendar.countsText', { holidays: holidays.size, workdays: workdays.size })}</Descriptions.Item>
          </Descriptions>
          {!data.confirmed && <Alert type="warning" title={t('calendar.unconfirmedHelp')} />}
          <Space wrap>
            <Button type="primary" onClick={() => save.mutate()} loading={save.isPending} disabled={save.isPending}>
              {data.confirmed && !dirty ? t('calendar.reconfirm') : dirty ? t('calendar.saveConfirm') : t('calendar.confirm')}
            </Button>
            {dirty && <span className="tp-muted">{t('calendar.unsaved')}</span>}
          </Space>
          <ul className="tp-legend" aria-label={t('calendar.legend')}>
            <li>
              <span className="tp-swatch" style={{ background: '#ffa39e' }} aria-hidden="true" />
              {t('calendar.holiday')}
            </li>
            <li>
              <span className="tp-swatch" style={{ background: '#91caff' }} aria-hidden="true" />
              {t('calendar.workday')}
            </li>
          </ul>
          {selected && (
            <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('calendar.editDay', { date: selected })}</Typography.Title>}>
              <Radio.Group
                aria-label={t('calendar.editDay', { date: selected })}
                value={kindOf(selected)}
                onChange={(e) => setKind(selected, e.target.value as Kind)}
                options={[
                  { value: 'normal', label: t('calendar.normal') },
                  { value: 'holiday', label: t('calendar.holiday') },
                  { value: 'workday', label: t('calendar.workday') },
                ]}
              />
              {(holidays.get(selected) ?? workdays.get(selected)) && <p className="tp-muted">{holidays.get(selected) ?? workdays.get(selected)}</p>}
            </Card>
          )}
          <div className="tp-calendar-grid">
            {Array.from({ length: 12 }, (_, month) => (
              <section key={month} className="tp-month" aria-label={monthName.format(new Date(year, month, 1))}>
                <Typography.Title level={3} style={{ fontSize: 15 }}>
                  {monthName.format(new Date(year, month, 1))}
                </Typography.Title>
                <table>
                  <thead>
                    <tr>
                      {weekdayNames.map((w) => (
                        <th key={w} scope="col">
                          {w}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {weeksOf(year, month).map((week, i) => (
                      <tr key={i}>
                        {week.map((date, j) => {
                          if (!date) return <td key={j} />;
                          const kind = kindOf(date);
                          const name = holidays.get(date) ?? workdays.get(date);
                          const classes = [j >= 5 ? 'tp-day-weekend' : '', kind !== 'normal' ? `tp-day-${kind}` : '', selected === date ? 'tp-day-selected' : ''].join(' ');
                          const label = [date, kind === 'holiday' ? t('calendar.holiday') : kind === 'workday' ? t('calendar.workday') : '', name ?? ''].filter(Boolean).join(' · ');
                          return (
                            <td key={j} className={classes} data-date={date} data-kind={kind}>
                              <button type="button" aria-label={label} title={label} aria-pressed={selected === date} onClick={() => setSelected(date)}>
                                {Number(date.slice(8))}
                              </button>
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
