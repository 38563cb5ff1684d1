import { useEffect } from 'react';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { SortOrder as AntSortOrder } from 'antd/es/table/interface';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { errorText, showFieldProblems } from '../../components/problems';
import { ExportButton } from '../../components/export-button';
import { type ApplicationStatus, LEVELS, levelLabel, specialtyLabel, specialtyOptions, STATUS_COLORS, STATUSES, statusLabel } from '../../components/labels';
import { formatDateTime, localized } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { fileListQuery, type FileListQuery } from './queries/admin-files';
import { cyclesQuery, regionsQuery } from './queries/dashboard';
import { Title } from './shared';

type Sort = NonNullable<FileListQuery['sort']>;
type Order = NonNullable<FileListQuery['order']>;
type FormValues = {
  cycleId?: string;
  level?: FileListQuery['level'];
  specialty?: string;
  status?: ApplicationStatus;
  crossProvincial?: 'true' | 'false';
  homeProvince?: string;
  text?: string;
  submittedFrom?: Dayjs | null;
  submittedTo?: Dayjs | null;
  correctionOverdue?: boolean;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => (value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined);
const SORTS: readonly Sort[] = ['createdAt', 'submittedAt', 'referenceNumber', 'score'];
const ORDERS: readonly Order[] = ['asc', 'desc'];

/** The list's filters and sort read from the query string (so a dashboard link lands filtered); anything unknown is dropped. */
export function queryFromParams(params: URLSearchParams): FileListQuery {
  const date = (key: string) => {
    const v = params.get(key);
    return v && DATE.test(v) ? v : undefined;
  };
  const from = date('submittedFrom');
  const to = date('submittedTo');
  const cross = params.get('crossProvincial');
  return {
    cycleId: params.get('cycleId') || undefined,
    level: pick(params.get('level'), LEVELS),
    specialty: params.get('specialty') || undefined,
    status: pick(params.get('status'), STATUSES),
    crossProvincial: cross === 'true' ? true : cross === 'false' ? false : undefined,
    homeProvince: /^\d{2}$/.test(params.get('homeProvince') ?? '') ? params.get('homeProvince')! : undefined,
    text: params.get('text') || undefined,
    correctionOverdue: params.get('correctionOverdue') === 'true' ? true : undefined,
    // Calendar days in Beijing time: from the first instant of the first day to the end of the last.
    submittedFrom: from ? dayjs(`${from}T00:00:00+08:00`).toISOString() : undefined,
    submittedTo: to ? dayjs(`${to}T00:00:00+08:00`).add(1, 'day').toISOString() : undefined,
    sort: pick(params.get('sort'), SORTS),
    order: pick(params.get('order'), ORDERS),
  };
}

function formFromParams(params: URLSearchParams): FormValues {
  const date = (key: string) => (DATE.test(params.get(key) ?? '') ? dayjs(params.get(key)) : null);
  const q = queryFromParams(params);
  return {
    cycleId: q.cycleId,
    level: q.level,
    specialty: q.specialty,
    status: q.status,
    crossProvincial: q.crossProvincial === undefined ? undefined : q.crossProvincial ? 'true' : 'false',
    homeProvince: q.homeProvince,
    text: q.text,
    submittedFrom: date('submittedFrom'),
    submittedTo: date('submittedTo'),
    correctionOverdue: q.correctionOverdue ?? false,
  };
}

const antOrder = (sort: Sort | undefined, order: Order | undefined, column: Sort): AntSortOrder | null => {
  if (sort !== column) return null;
  const effective = order ?? (column === 'referenceNumber' ? 'asc' : 'desc');
  return effective === 'asc' ? 'ascend' : 'descend';
};

export function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('nav.adminApplications'));
  const query = queryFromParams(params);
  const cycles = useQuery(cyclesQuery());
  const regions = useQuery(regionsQuery());
  const list = useInfiniteQuery(fileListQuery(query));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  // A link (the dashboard's, or back/forward) changes the query string: the form shows it.
  const paramsKey = params.toString();
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(formFromParams(new URLSearchParams(paramsKey)));
  }, [form, paramsKey]);
  useEffect(() => {
    if (list.error) showFieldProblems(form, t, list.error);
  }, [form, t, list.error]);

  function apply(values: FormValues) {
    const next = new URLSearchParams();
    const set = (key: string, value: string | undefined | null) => value && next.set(key, value);
    set('cycleId', values.cycleId);
    set('level', values.level);
    set('specialty', values.specialty);
    set('status', values.status);
    set('crossProvincial', values.crossProvincial);
    set('homeProvince', values.homeProvince);
    set('text', values.text?.trim());
    set('submittedFrom', values.submittedFrom?.format('YYYY-MM-DD'));
    set('submittedTo', values.submittedTo?.format('YYYY-MM-DD'));
    set('correctionOverdue', values.correctionOverdue ? 'true' : undefined);
    set('sort', params.get('sort'));
    set('order', params.get('order'));
    setParams(next);
  }

  function sortBy(column: Sort | undefined, order: AntSortOrder | undefined) {
    const next = new URLSearchParams(params);
    if (!column || !order) {
      next.delete('sort');
      next.delete('order');
    } else {
      next.set('sort', column);
      next.set('order', order === 'ascend' ? 'asc' : 'desc');
    }
    setParams(next);
  }

  const provinces = (regions.data?.items ?? []).map((r) => ({ value: r.code.slice(0, 2), label: localized(r.name) }));
  return (
    <div className="tp-stack">
      <Title>{t('nav.adminApplications')}</Title>
      <Form form={form} layout="inline" onFinish={apply} aria-label={t('admin.filters')} initialValues={formFromParams(params)}>
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
          <Select allowClear showSearch optionFilterProp="label" style={{ width: 160 }} loading={regions.isLoading} options={provinces} />
        </Form.Item>
        {/* Two pickers, not a RangePicker: antd's RangePicker keeps the Tab key (a keyboard trap). */}
        <Form.Item label={t('admin.submittedFrom')} name="submittedFrom">
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('admin.submittedTo')} name="submittedTo">
          <DatePicker />
        </Form.Item>
        <Form.Item name="correctionOverdue" valuePropName="checked">
          <Checkbox>{t('adminFiles.correctionOverdue')}</Checkbox>
        </Form.Item>
        <Form.Item label={t('admin.search')} name="text">
          <Input style={{ width: 200 }} maxLength={100} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('admin.applyFilters')}
          </Button>
          <Button onClick={() => setParams(new URLSearchParams())}>{t('adminFiles.clearFilters')}</Button>
        </Space>
      </Form>
      <Space wrap>
        {(['csv', 'xlsx'] as const).map((format) => (
          <ExportButton key={format} filter={query} format={format} />
        ))}
      </Space>
      {list.error && (
        <Alert
          type="error"
          title={errorText(t, list.error)}
          action={
            <Button size="small" onClick={() => void list.refetch()}>
              {t('dashboard.retry')}
            </Button>
          }
        />
      )}
      <Table
        rowKey="id"
        loading={list.isLoading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        locale={{ emptyText: <span className="tp-empty">{t('adminFiles.noneMatch')}</span> }}
        onChange={(_p, _f, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          sortBy(one?.columnKey as Sort | undefined, one?.order ?? undefined);
        }}
        columns={[
          {
            key: 'referenceNumber',
            title: t('files.reference'),
            dataIndex: 'referenceNumber',
            sorter: true,
            sortOrder: antOrder(query.sort, query.order, 'referenceNumber'),
            render: (ref: string | null, row) => <Link to={`/admin/applications/${row.id}`}>{ref ?? t('files.draftNoNumber')}</Link>,
          },
          { key: 'applicantName', title: t('admin.applicant'), dataIndex: 'applicantName' },
          { key: 'employerName', title: t('admin.employer'), dataIndex: 'employerName' },
          { key: 'level', title: t('fields.level'), dataIndex: 'level', render: (l: string) => levelLabel(t, l) },
          { key: 'specialty', title: t('fields.specialty'), dataIndex: 'specialty', render: (s: string) => specialtyLabel(t, s) },
          { key: 'status', title: t('files.status'), dataIndex: 'status', render: (s: ApplicationStatus) => <Tag variant="solid" color={STATUS_COLORS[s]}>{statusLabel(t, s)}</Tag> },
          { key: 'crossProvincial', title: t('admin.crossProvincial'), dataIndex: 'crossProvincial', render: (c: boolean) => (c ? t('common.yes') : t('common.no')) },
          {
            key: 'score',
            title: t('adminFiles.score'),
            dataIndex: 'reviewScore',
            sorter: true,
            sortOrder: antOrder(query.sort, query.order, 'score'),
            render: (score: string | null | undefined) => score ?? '—',
          },
          {
            key: 'submittedAt',
            title: t('admin.submittedAt'),
            dataIndex: 'submittedAt',
            sorter: true,
            sortOrder: antOrder(query.sort, query.order, 'submittedAt'),
            render: (d: string | null) => formatDateTime(d),
          },
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
