import { useState } from 'react';
import { Alert, Button, Card, Form, Grid, List, Select, Table, Tag } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { type ApplicationStatus, levelLabel, specialtyLabel, specialtyOptions, STATUS_COLORS, statusLabel, type TitleLevel } from '../../components/labels';
import { formatDateTime } from '../../i18n';
import { PageHeading } from '../../layout/page-heading';

export function MyFilesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const files = useQuery({ queryKey: ['my-files'], queryFn: () => unwrap(api.GET('/api/v1/applications', { params: { query: { limit: 100 } } })) });
  // A phone (390 px) gets one card per file: six table columns there wrap every word per character.
  const wide = Grid.useBreakpoint().md ?? true;
  const items = files.data?.items ?? [];
  return (
    <div className="tp-stack">
      <PageHeading>{t('files.title')}</PageHeading>
      <div className="tp-page-actions">
        <Button type="primary" onClick={() => navigate('/applications/new')}>
          {t('files.start')}
        </Button>
      </div>
      {files.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorText(t, files.error)}
          action={
            <Button size="small" onClick={() => void files.refetch()}>
              {t('routeError.retry')}
            </Button>
          }
        />
      )}
      {!wide ? (
        <List
          loading={files.isLoading}
          dataSource={items}
          locale={{ emptyText: <span className="tp-empty">{t('files.empty')}</span> }}
          renderItem={(row) => (
            <List.Item>
              <Card size="small" style={{ width: '100%' }} title={<Link to={`/applications/${row.id}`}>{row.referenceNumber ?? t('files.draftNoNumber')}</Link>} extra={<Tag variant="solid" color={STATUS_COLORS[row.status]}>{statusLabel(t, row.status)}</Tag>}>
                <div>
                  {levelLabel(t, row.level)} · {specialtyLabel(t, row.specialty)}
                </div>
                {t(`nextSteps.${row.status}`, { defaultValue: '' }) && <div>{t(`nextSteps.${row.status}`)}</div>}
                <div className="tp-empty">
                  {t('files.updated')}: {formatDateTime(row.updatedAt)}
                </div>
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table
          rowKey="id"
          loading={files.isLoading}
          dataSource={files.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <span className="tp-empty">{t('files.empty')}</span> }}
          columns={[
            { title: t('files.reference'), dataIndex: 'referenceNumber', render: (ref: string | null, row) => <Link to={`/applications/${row.id}`}>{ref ?? t('files.draftNoNumber')}</Link> },
            { title: t('fields.level'), dataIndex: 'level', render: (l: string) => levelLabel(t, l) },
            { title: t('fields.specialty'), dataIndex: 'specialty', render: (s: string) => specialtyLabel(t, s) },
            { title: t('files.status'), dataIndex: 'status', render: (s: ApplicationStatus) => <Tag variant="solid" color={STATUS_COLORS[s]}>{statusLabel(t, s)}</Tag> },
            { title: t('files.next'), dataIndex: 'status', key: 'next', render: (s: string) => t(`nextSteps.${s}`, { defaultValue: '' }) },
            { title: t('files.updated'), dataIndex: 'updatedAt', render: (d: string) => formatDateTime(d) },
          ]}
        />
      )}
    </div>
  );
}

export function StartFilePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm();
  const [error, setError] = useState<{ text: string; existing?: string } | null>(null);
  const cycles = useQuery({ queryKey: ['cycles', 'open'], queryFn: () => unwrap(api.GET('/api/v1/cycles', { params: { query: { limit: 20 } } })) });
  const open = (cycles.data?.items ?? []).filter((c) => c.open);
  const cycleId = Form.useWatch('cycleId', form) as string | undefined;
  const cycle = open.find((c) => c.id === cycleId);

  async function onFinish(values: { cycleId: string; level: TitleLevel; specialty: string }) {
    setError(null);
    try {
      const created = await unwrap(api.POST('/api/v1/applications', { body: values }));
      navigate(`/applications/${created.id}`);
    } catch (e) {
      const existing = e instanceof ApiError && e.code === 'APPLICATION_EXISTS' ? ((e.body.details as { existingApplicationId?: string } | undefined)?.existingApplicationId ?? undefined) : undefined;
      setError({ text: errorText(t, e), existing });
    }
  }

  return (
    <Card className="tp-narrow" title={<PageHeading style={{ fontSize: 22, margin: 0 }}>{t('files.start')}</PageHeading>}>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error.text}
          action={error.existing ? <Link to={`/applications/${error.existing}`}>{t('files.openExisting')}</Link> : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      {!cycles.isLoading && open.length === 0 && <Alert type="info" title={t('home.noOpenCycles')} />}
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ cycleId: params.get('cycleId') ?? undefined, level: params.get('level') ?? undefined }}>
        <Form.Item label={t('fields.cycle')} name="cycleId" rules={[{ required: true, message: t('validation.required') }]}>
          <Select loading={cycles.isLoading} options={open.map((c) => ({ value: c.id, label: i18n.language === 'en' ? c.nameEn : c.nameZh }))} />
        </Form.Item>
        <Form.Item label={t('fields.level')} name="level" rules={[{ required: true, message: t('validation.required') }]}>
          <Select disabled={!cycle} options={(cycle?.levels ?? []).map((l) => ({ value: l, label: levelLabel(t, l) }))} />
        </Form.Item>
        <Form.Item label={t('fields.specialty')} name="specialty" rules={[{ required: true, message: t('validation.required') }]}>
          <Select disabled={!cycle} options={specialtyOptions(t, cycle ? [cycle] : [])} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          {t('files.create')}
        </Button>
      </Form>
    </Card>
  );
}
