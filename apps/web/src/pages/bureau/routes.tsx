import { useState } from 'react';
import { Alert, App, Button, DatePicker, Empty, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { Link, Route, Routes, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { api, downloadFile, unwrap, type Schemas } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { DISPLAY_ZONE, formatDate, formatDateTime } from '../../i18n';
import { NotFoundPage } from '../public/not-found';

type Waiting = Schemas['AwaitingConfirmationFileDto'];
type Batch = Schemas['ConfirmationBatchDto'];

/** The files awaiting the bureau's confirmation; the officer picks some and confirms them with the approval document. */
function QueuePage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ documentNumber: string; issuedOn: Dayjs }>();
  const [selected, setSelected] = useState<string[]>([]);
  const list = useInfiniteQuery({
    queryKey: ['bureau-queue'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/bureau/awaiting-confirmation', { params: { query: { limit: 100, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const confirm = useMutation({
    mutationFn: (values: { documentNumber: string; issuedOn: Dayjs }) =>
      unwrap(api.POST('/api/v1/bureau/confirmation-batches', { body: { documentNumber: values.documentNumber, issuedOn: values.issuedOn.format('YYYY-MM-DD'), applicationIds: selected } })),
    onSuccess: async (result) => {
      message.success(t('bureau.confirmed', { count: result.batch.fileCount, number: result.batch.documentNumber }));
      setSelected([]);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['bureau-queue'] });
      await queryClient.invalidateQueries({ queryKey: ['bureau-batches'] });
    },
    onError: (e) => {
      if (!showFieldProblems(form, t, e)) message.error(errorText(t, e));
    },
  });
  const today = dayjs().tz(DISPLAY_ZONE);
  return (
    <div className="tp-stack">
      <Typography.Title level={1}>{t('bureau.queueTitle')}</Typography.Title>
      <Typography.Paragraph>{t('bureau.queueIntro')}</Typography.Paragraph>
      <div className="tp-page-actions">
        <Link to="/bureau/batches">{t('bureau.batchesLink')}</Link>
      </div>
      {list.error && <Alert type="error" title={errorText(t, list.error)} />}
      {!list.isLoading && !list.error && rows.length === 0 ? (
        <Empty description={<span className="tp-empty">{t('bureau.queueEmpty')}</span>} />
      ) : (
        <Table<Waiting>
          rowKey="id"
          loading={list.isLoading}
          pagination={false}
          dataSource={rows}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: (row) => ({ 'aria-label': t('bureau.select', { reference: row.referenceNumber ?? row.id }) }) }}
          columns={[
            { title: t('files.reference'), dataIndex: 'referenceNumber' },
            { title: t('bureau.holder'), dataIndex: 'applicantName' },
            { title: t('fields.level'), dataIndex: 'level', render: (l: string) => levelLabel(t, l) },
            { title: t('fields.specialty'), dataIndex: 'specialty', render: (s: string) => specialtyLabel(t, s) },
            { title: t('bureau.cycle'), key: 'cycle', render: (_: unknown, row) => (i18n.language === 'en' ? row.cycleName.en : row.cycleName['zh-CN']) },
            { title: t('bureau.passedOn'), dataIndex: 'committeePassedAt', render: (d: string | null) => formatDate(d) },
            { title: t('bureau.awaitingSince'), dataIndex: 'awaitingSince', render: (d: string | null) => formatDateTime(d) },
            { title: t('admin.crossProvincial'), dataIndex: 'crossProvincial', render: (c: boolean) => (c ? t('common.yes') : t('common.no')) },
          ]}
        />
      )}
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('bureau.confirmTitle')}
      </Typography.Title>
      <Form form={form} layout="vertical" onFinish={(v) => confirm.mutate(v)} style={{ maxWidth: 480 }} initialValues={{ issuedOn: today }}>
        <Form.Item label={t('bureau.documentNumber')} name="documentNumber" extra={t('bureau.documentNumberHelp')} rules={[{ required: true, whitespace: true, message: t('bureau.documentNumberRequired') }, { max: 64 }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item label={t('bureau.issuedOn')} name="issuedOn" rules={[{ required: true, message: t('bureau.issuedOnRequired') }]}>
          <DatePicker disabledDate={(d) => d.isAfter(today, 'day')} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={confirm.isPending} disabled={selected.length === 0}>
            {t('bureau.confirmSelected', { count: selected.length })}
          </Button>
        </Space>
      </Form>
    </div>
  );
}

/** The batches confirmed so far, newest first, each with its filing export. */
function BatchesPage() {
  const { t } = useTranslation();
  const list = useInfiniteQuery({
    queryKey: ['bureau-batches'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/bureau/confirmation-batches', { params: { query: { limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="tp-stack">
      <Typography.Title level={1}>{t('bureau.batchesTitle')}</Typography.Title>
      <div className="tp-page-actions">
        <Link to="/bureau">{t('bureau.queueLink')}</Link>
      </div>
      {list.error && <Alert type="error" title={errorText(t, list.error)} />}
      {!list.isLoading && !list.error && rows.length === 0 ? (
        <Empty description={<span className="tp-empty">{t('bureau.batchesEmpty')}</span>} />
      ) : (
        <Table<Batch>
          rowKey="id"
          loading={list.isLoading}
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('bureau.documentNumber'), dataIndex: 'documentNumber', render: (n: string, row) => <Link to={`/bureau/batches/${row.id}`}>{n}</Link> },
            { title: t('bureau.issuedOn'), dataIndex: 'issuedOn' },
            { title: t('bureau.fileCount'), dataIndex: 'fileCount' },
            { title: t('bureau.confirmedAt'), dataIndex: 'confirmedAt', render: (d: string) => formatDateTime(d) },
          ]}
        />
      )}
    </div>
  );
}

/** One batch: its files with their certificates, and the filing export (CSV, JSON). */
function BatchPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const batch = useQuery({ queryKey: ['bureau-batch', id], queryFn: () => unwrap(api.GET('/api/v1/bureau/confirmation-batches/{id}', { params: { path: { id } } })) });
  const files = useQuery({ queryKey: ['bureau-batch-files', id], queryFn: () => unwrap(api.GET('/api/v1/bureau/confirmation-batches/{id}/files', { params: { path: { id } } })) });
  async function download(format: 'csv' | 'json') {
    try {
      await downloadFile(`/api/v1/bureau/confirmation-batches/${id}/filing.${format}`, `filing-${batch.data?.issuedOn ?? ''}-${id.slice(0, 8)}.${format}`);
    } catch (e) {
      message.error(errorText(t, e));
    }
  }
  if (batch.error) return <Alert type="error" title={errorText(t, batch.error)} />;
  return (
    <div className="tp-stack">
      <Typography.Title level={1}>{t('bureau.batchTitle', { number: batch.data?.documentNumber ?? '' })}</Typography.Title>
      <div className="tp-page-actions">
        <Link to="/bureau/batches">{t('bureau.batchesLink')}</Link>
      </div>
      {batch.data && (
        <Typography.Paragraph>
          {t('bureau.batchSummary', { issuedOn: batch.data.issuedOn, count: batch.data.fileCount, confirmedAt: formatDateTime(batch.data.confirmedAt) })}
        </Typography.Paragraph>
      )}
      <Alert type="warning" showIcon title={t('bureau.exportWarning')} />
      <Space wrap>
        <Button onClick={() => void download('csv')}>{t('bureau.exportCsv')}</Button>
        <Button onClick={() => void download('json')}>{t('bureau.exportJson')}</Button>
      </Space>
      {files.error && <Alert type="error" title={errorText(t, files.error)} />}
      <Table
        rowKey="applicationId"
        loading={files.isLoading}
        pagination={false}
        dataSource={files.data ?? []}
        columns={[
          { title: t('bureau.certificateNumber'), dataIndex: 'certificateNumber' },
          { title: t('files.reference'), dataIndex: 'referenceNumber' },
          { title: t('bureau.holder'), dataIndex: 'holderName' },
          { title: t('fields.level'), dataIndex: 'level', render: (l: string) => levelLabel(t, l) },
          { title: t('fields.specialty'), dataIndex: 'specialty', render: (s: string) => specialtyLabel(t, s) },
          { title: t('bureau.passedOn'), dataIndex: 'obtainedOn' },
          {
            title: t('bureau.certificateStatus'),
            dataIndex: 'certificateStatus',
            render: (s: 'valid' | 'revoked') => (
              <Tag variant="solid" color={s === 'valid' ? 'success' : 'error'}>
                {t(`bureau.certificateStatuses.${s}`)}
              </Tag>
            ),
          },
        ]}
      />
    </div>
  );
}

/** The human-resources bureau officer's part of the app (a lazily loaded chunk). */
export default function BureauRoutes() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path="batches" element={<BatchesPage />} />
      <Route path="batches/:id" element={<BatchPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
