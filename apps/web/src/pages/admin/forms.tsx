import { useState } from 'react';
import { Alert, App, Button, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { levelLabel } from '../../components/labels';
import { formSections, SectionForm } from '../../components/schema-form';
import { formatDateTime } from '../../i18n';
import { Title } from './shared';
import { FormVersionEditor } from './form-version-editor';

export function FormsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [formId, setFormId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const versions = useInfiniteQuery({
    queryKey: ['forms'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/forms', { params: { query: { limit: 20, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const version = useQuery({
    queryKey: ['form', formId],
    enabled: formId !== '',
    queryFn: () => unwrap(api.GET('/api/v1/forms/{id}', { params: { path: { id: formId } } })),
  });
  const publish = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/forms/{id}/publish', { params: { path: { id: formId } } })),
    onSuccess: () => {
      message.success(t('admin.published'));
      void version.refetch();
      void queryClient.invalidateQueries({ queryKey: ['forms'] });
    },
    onError: (e) => setError(errorText(t, e)),
  });
  async function created(id: string) {
    setError(null);
    setFormId(id);
    message.success(t('formEditor.created'));
    await queryClient.invalidateQueries({ queryKey: ['forms'] });
  }
  const schema = version.data?.schema ?? {};
  const rows = versions.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="tp-stack">
      <Title>{t('nav.adminForms')}</Title>
      {error && <Alert type="error" title={error} role="alert" />}
      <Card title={t('admin.formVersionsList')}>
        <Table
          rowKey="id"
          size="small"
          loading={versions.isLoading}
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('admin.formTitle'), key: 'title', render: (_, f) => (i18n.language === 'en' ? f.titleEn : f.titleZh) },
            { title: t('admin.formKey'), key: 'key', render: (_, f) => `${f.formKey} · v${f.version}` },
            { title: t('fields.level'), dataIndex: 'level', render: (l: string) => levelLabel(t, l) },
            {
              title: t('files.status'),
              dataIndex: 'status',
              render: (status: string) => (status === 'published' ? <Tag variant="solid" color="success">{t('admin.publishedTag')}</Tag> : <Tag>{t('admin.draftTag')}</Tag>),
            },
            { title: t('admin.createdAt'), dataIndex: 'createdAt', render: (d: string) => formatDateTime(d) },
            {
              title: '',
              key: 'open',
              render: (_, f) => (
                <Button size="small" onClick={() => setFormId(f.id)} aria-label={t('admin.openFormVersionNamed', { title: `${f.formKey} v${f.version}` })}>
                  {t('admin.openForm')}
                </Button>
              ),
            },
          ]}
        />
        {versions.hasNextPage && (
          <Button style={{ marginTop: 8 }} loading={versions.isFetchingNextPage} onClick={() => void versions.fetchNextPage()}>
            {t('admin.loadMore')}
          </Button>
        )}
      </Card>
      <FormVersionEditor versions={rows} onCreated={(id) => void created(id)} />
      {version.data && (
        <Card
          title={`${version.data.titleZh} / ${version.data.titleEn} · v${version.data.version}`}
          extra={
            version.data.status === 'draft' ? (
              <Button type="primary" onClick={() => publish.mutate()}>
                {t('admin.publish')}
              </Button>
            ) : (
              <Tag variant="solid" color="success">{t('admin.publishedTag')}</Tag>
            )
          }
        >
          <Typography.Paragraph>
            {t('admin.formId')}: <Typography.Text copyable data-testid="form-version-id">{version.data.id}</Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph>{t('admin.preview')}</Typography.Paragraph>
          {formSections(schema, version.data.uiHints).map((s) => (
            <SectionForm key={s.key} schema={schema} section={s} data={undefined} />
          ))}
        </Card>
      )}
    </div>
  );
}
