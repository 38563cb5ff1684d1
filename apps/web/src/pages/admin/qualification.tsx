import { useState } from 'react';
import { Alert, Button, Empty, Select, Table, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { errorText } from '../../components/problems';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { DISPLAY_ZONE, formatDate } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { allCycles, qualificationQueue, type QueueItem } from './queries/qualification';
import { QualificationFile } from './qualification-file';
import { Title } from './shared';

/** Whole days since the submission (Shanghai calendar days). */
export function daysWaiting(submittedAt: string | null | undefined, now: Date = new Date()): number {
  if (!submittedAt) return 0;
  return Math.max(0, Math.round(dayjs(now).tz(DISPLAY_ZONE).startOf('day').diff(dayjs(submittedAt).tz(DISPLAY_ZONE).startOf('day'), 'day', true)));
}

/** The flags a file carries into qualification. */
export function FileFlags({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  return (
    <>
      {item.crossProvincial && <Tag variant="solid" color="purple">{t('qualification.flags.crossProvincial', { province: item.homeProvince ?? '' })}</Tag>}
      {item.exceptionalRoute && <Tag variant="solid" color="geekblue">{t('qualification.flags.exceptional')}</Tag>}
      {item.requiredConfirmations.length > 0 && <Tag>{t('qualification.flags.needsConfirmation', { count: item.requiredConfirmations.length })}</Tag>}
    </>
  );
}

/** The qualification queue: submitted files, oldest first, each opened beside its evidence to decide. */
export function QualificationPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('qualification.title'));
  const [params, setParams] = useSearchParams();
  const cycleId = params.get('cycle') ?? undefined;
  const setCycleId = (id: string | undefined) => setParams(id ? { cycle: id } : {});
  const [open, setOpen] = useState<QueueItem | null>(null);
  const cycles = useQuery(allCycles());
  const queue = useInfiniteQuery(qualificationQueue(cycleId));
  const rows = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const defaultDays = queue.data?.pages[0]?.defaultCorrectionDays ?? 10;
  return (
    <div className="tp-stack">
      <Title>{t('qualification.title')}</Title>
      <p>{t('qualification.intro')}</p>
      <div className="tp-page-actions">
        <label htmlFor="qualification-cycle">{t('fields.cycle')}</label>
        <Select
          id="qualification-cycle"
          allowClear
          style={{ minWidth: 220 }}
          value={cycleId}
          onChange={setCycleId}
          options={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: `${i18n.language === 'en' ? c.nameEn : c.nameZh} (${c.code})` }))}
        />
      </div>
      {queue.error && <Alert type="error" title={errorText(t, queue.error)} action={<Button onClick={() => void queue.refetch()}>{t('qualification.retry')}</Button>} />}
      <Table
        rowKey="id"
        loading={queue.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t('qualification.empty')} /> }}
        columns={[
          {
            title: t('files.reference'),
            dataIndex: 'referenceNumber',
            render: (ref: string | null, row) => (
              <Button type="link" onClick={() => setOpen(row)} aria-label={t('qualification.openNamed', { reference: ref ?? '' })}>
                {ref}
              </Button>
            ),
          },
          { title: t('admin.applicant'), dataIndex: 'applicantName' },
          { title: t('fields.level'), dataIndex: 'level', render: (l: string) => levelLabel(t, l) },
          { title: t('fields.specialty'), dataIndex: 'specialty', render: (s: string) => specialtyLabel(t, s) },
          { title: t('qualification.flags.title'), key: 'flags', render: (_, row) => <FileFlags item={row} /> },
          { title: t('admin.submittedAt'), dataIndex: 'submittedAt', render: (d: string | null) => formatDate(d) },
          {
            title: t('qualification.daysWaiting'),
            key: 'waiting',
            render: (_, row) => <span data-testid="days-waiting">{t('qualification.days', { count: daysWaiting(row.submittedAt) })}</span>,
          },
        ]}
      />
      {queue.hasNextPage && (
        <Button onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
          {t('admin.loadMore')}
        </Button>
      )}
      <QualificationFile item={open} defaultCorrectionDays={defaultDays} onClose={() => setOpen(null)} />
    </div>
  );
}
