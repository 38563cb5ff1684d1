import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { ExportButton } from '../../components/export-button';
import { type ApplicationStatus, LEVELS, levelLabel, specialtyLabel, specialtyOptions, STATUS_COLORS, STATUSES, statusLabel } from '../../components/labels';
import { formatDateTime } from '../../i18n';
import { Title } from './shared';

type Filters = { cycleId?: string; level?: string; specialty?: string; status?: string; crossProvincial?: string; homeProvince?: string; text?: string; submittedFrom?: Dayjs | null; submittedTo?: Dayjs | null };

export function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>({});
  const cycles = useQuery({ queryKey: ['cycles', 'all'], queryFn: () => unwrap(api.GET('/api/v1/cycles', { params: { query: { limit: 100 } } })) });
  const query = {
    cycleId: filters.cycleId,
    level: filters.level,
    specialty: filters.specialty,
    status: filters.status,
    crossProvincial: filters.crossProvincial,
    homeProvince: filters.homeProvince || undefined,
    text: filters.text || undefined,
    submittedFrom: filters.submittedFrom?.startOf('day').toISOString(),
    submittedTo: filters.submittedTo?.endOf('day').toISOString(),
  };
  const list = useInfiniteQuery({
    queryKey: ['admin-applications', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/applications', { params: { query: { ...query, limit: 50, cursor: pageParam } as never } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="tp-stack">
      <Title>{t('nav.adminApplications')}</Title>
      <Form layout="inline" onFinish={(values: Filters) => setFilters(values)} aria-label={t('admin.filters')}>
        <Form.Item label={t('fields.cycle')} name="cycleId">
          <Select allowClear style={{ width: 200 }} options={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: i18n.language === 'en' ? c.nameEn : c.nameZh }))} />
        </Form.Item>
        <Form.Item label={t('fields.level')} name="level">
          <Select allowClear style={{ width: 150 }} options={LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} />
        </Form.Item>
        <Form.Item label={t('fields.specialty')} name="specialty">
          <Select allowClear style={{ width: 150 }} options={specialtyOptions(t, cycles.data?.items ?? [], true)} />
        </Form.Item>
        <Form.Item label={t('files.status')} name="status">
          <Select allowClear style={{ width: 130 }} options={STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))} />
        </Form.Item>
        <Form.Item label={t('admin.crossProvincial')} name="crossProvincial">
          <Select
            allowClear
            style={{ width: 110 }}
            options={[
              { value: 'true', label: t('common.yes') },
              { value: 'false', label: t('common.no') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('admin.homeProvince')} name="homeProvince">
          <Input style={{ width: 70 }} maxLength={2} />
        </Form.Item>
        {/* Two pickers, not a RangePicker: antd's RangePicker keeps the Tab key (a keyboard trap). */}
        <Form.Item label={t('admin.submittedFrom')} name="submittedFrom">
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('admin.submittedTo')} name="submittedTo">
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('admin.search')} name="text">
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('admin.applyFilters')}
        </Button>
      </Form>
      {(['csv', 'xlsx'] as const).map((format) => <ExportButton key={format} filter={query} format={format} />)}
      {list.error && <Alert type="error" title={errorText(t, list.error)} />}
      <Table
        rowKey="id"
        loading={list.isLoading}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('files.reference'), dataIndex: 'referenceNumber', render: (ref: string | null, row) => <Link to={`/admin/applications/${row.id}`}>{ref ?? t('files.draftNoNumber')}</Link> },
          { title: t('admin.applicant'), dataIndex: 'applicantName' },
          { title: t('admin.employer'), dataIndex: 'employerName' },
          { title: t('fields.level'), dataIndex: 'level', render: (l: string) => levelLabel(t, l) },
          { title: t('fields.specialty'), dataIndex: 'specialty', render: (s: string) => specialtyLabel(t, s) },
          { title: t('files.status'), dataIndex: 'status', render: (s: ApplicationStatus) => <Tag variant="solid" color={STATUS_COLORS[s]}>{statusLabel(t, s)}</Tag> },
          { title: t('admin.crossProvincial'), dataIndex: 'crossProvincial', render: (c: boolean) => (c ? t('common.yes') : t('common.no')) },
          { title: t('admin.submittedAt'), dataIndex: 'submittedAt', render: (d: string | null) => formatDateTime(d) },
        ]}
      />
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('admin.loadMore')}
        </Button>
      )}
    </div>
  );
}
