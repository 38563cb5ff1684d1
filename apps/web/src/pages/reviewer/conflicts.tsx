import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Form, Input, List, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { formatDateTime } from '../../i18n';
import { PageHeading } from '../../layout/page-heading';

type Relation = Schemas['DeclaredRelationDto'];
type Declare = Schemas['DeclareRelationDto'];
const KINDS: Declare['kind'][] = ['teacher_student', 'coworker_3y', 'relative', 'coauthor', 'other'];
const PARTY_TYPES: Declare['partyType'][] = ['person', 'employer', 'user'];

/** Who the relation is with, as the reviewer named them; an account (a conflict recorded on declining) by its note, never its id. */
function partyOf(t: TFunction, r: Relation): string {
  if (r.partyType === 'person') return r.personName ?? '';
  if (r.partyType === 'employer') return [r.employerName, r.employerCreditCode].filter(Boolean).join(' · ');
  return t('reviewer.conflicts.partyTypes.user');
}

/** The reviewer's declared relations (conflicts of interest): list, declare, remove. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Declare>();
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const partyType = Form.useWatch('partyType', form) ?? 'person';
  const list = useInfiniteQuery({
    queryKey: ['my-relations'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/reviewers/me/conflicts', { params: { query: { limit: 100, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const remove = useMutation({
    mutationFn: (relationId: string) => unwrap(api.DELETE('/api/v1/reviewers/me/conflicts/{relationId}', { params: { path: { relationId } } })),
    onSuccess: () => {
      message.success(t('reviewer.conflicts.removed'));
      void queryClient.invalidateQueries({ queryKey: ['my-relations'] });
    },
    onError: (e) => message.error(errorText(t, e)),
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  async function declare(values: Declare) {
    setError(null);
    // Only the fields of the chosen party type: the API refuses the others.
    const body: Declare = { kind: values.kind, note: values.note, partyType: values.partyType ?? 'person' };
    if (body.partyType === 'person') body.personName = values.personName;
    if (body.partyType === 'user') body.userId = values.userId;
    if (body.partyType === 'employer') {
      if (values.employerName) body.employerName = values.employerName;
      if (values.employerCreditCode) body.employerCreditCode = values.employerCreditCode;
    }
    try {
      await unwrap(api.POST('/api/v1/reviewers/me/conflicts', { body }));
      message.success(t('reviewer.conflicts.added'));
      form.resetFields();
      setAdding(false);
      await queryClient.invalidateQueries({ queryKey: ['my-relations'] });
    } catch (e) {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    }
  }

  const required = [{ required: true, message: t('validation.required') }];
  return (
    <div className="tp-stack">
      <Link to="/reviews">{t('reviewer.back')}</Link>
      <PageHeading>{t('reviewer.conflicts.title')}</PageHeading>
      <Typography.Paragraph>{t('reviewer.conflicts.intro')}</Typography.Paragraph>
      {!adding && (
        <div className="tp-page-actions">
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('reviewer.conflicts.add')}
          </Button>
        </div>
      )}
      {adding && (
        <Card title={<Typography.Title level={2} className="tp-card-heading">{t('reviewer.conflicts.add')}</Typography.Title>}>
          {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" onFinish={(v) => void declare(v)} initialValues={{ partyType: 'person' }} style={{ maxWidth: 520 }}>
            <Form.Item label={t('reviewer.conflicts.kind')} name="kind" rules={required}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`reviewer.conflicts.kinds.${k}`) }))} />
            </Form.Item>
            <Form.Item label={t('reviewer.conflicts.partyType')} name="partyType" rules={required}>
              <Select options={PARTY_TYPES.map((p) => ({ value: p, label: t(`reviewer.conflicts.partyTypes.${p}`) }))} />
            </Form.Item>
            {partyType === 'person' && (
              <Form.Item label={t('reviewer.conflicts.personName')} name="personName" rules={required}>
                <Input maxLength={100} />
              </Form.Item>
            )}
            {partyType === 'employer' && (
              <>
                <Form.Item label={t('reviewer.conflicts.employerName')} name="employerName">
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item label={t('reviewer.conflicts.employerCreditCode')} name="employerCreditCode">
                  <Input maxLength={18} />
                </Form.Item>
              </>
            )}
            {partyType === 'user' && (
              <Form.Item label={t('reviewer.conflicts.userId')} name="userId" rules={required}>
                <Input />
              </Form.Item>
            )}
            <Form.Item label={t('reviewer.conflicts.note')} name="note" rules={required}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
            <div className="tp-page-actions">
              <Button type="primary" htmlType="submit">
                {t('reviewer.conflicts.save')}
              </Button>
              <Button onClick={() => setAdding(false)}>{t('reviewer.conflicts.cancel')}</Button>
            </div>
          </Form>
        </Card>
      )}
      {list.error && <Alert type="error" title={errorText(t, list.error)} />}
      {!list.isLoading && rows.length === 0 && !list.error ? (
        <Empty description={<span className="tp-empty">{t('reviewer.conflicts.empty')}</span>} />
      ) : (
        <List
          loading={list.isLoading}
          dataSource={rows}
          renderItem={(r) => (
            <List.Item
              data-testid="relation"
              actions={[
                <Button
                  key="rm"
                  size="small"
                  danger
                  aria-label={t('reviewer.conflicts.removeNamed', { party: `${partyOf(t, r)} (${r.note})` })}
                  onClick={() => modal.confirm({ title: t('reviewer.conflicts.removeConfirm'), okText: t('reviewer.conflicts.remove'), okButtonProps: { danger: true }, cancelText: t('reviewer.conflicts.cancel'), onOk: () => remove.mutateAsync(r.id) })}
                >
                  {t('reviewer.conflicts.remove')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={`${t(`reviewer.conflicts.kinds.${r.kind}`)} · ${partyOf(t, r)}`}
                description={`${r.note} · ${t('reviewer.conflicts.declaredAt')} ${formatDateTime(r.createdAt)}`}
              />
            </List.Item>
          )}
        />
      )}
      {list.hasNextPage && <Button onClick={() => void list.fetchNextPage()}>{t('reviewer.loadMore')}</Button>}
    </div>
  );
}
