import { useState } from 'react';
import { Alert, App, Button, Empty, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { LEVELS, levelLabel, specialtyLabel, specialtyOptions } from '../../components/labels';
import { errorText, showFieldProblems } from '../../components/problems';
import { formatDate, localized } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { allCycles } from './queries/qualification';
import { inviteReviewer, putProfile, reviewerPool, reviewerRelations, type PoolReviewer, type ProfileInput } from './queries/pool';
import { Title } from './shared';

/** Province names by their two-digit code, from the API's region list. */
function useProvinces() {
  const regions = useQuery({ queryKey: ['regions'], staleTime: Infinity, queryFn: () => unwrap(api.GET('/api/v1/public/regions')) });
  return (regions.data?.items ?? []).map((r) => ({ value: r.code.slice(0, 2), label: localized(r.name) }));
}

function Relations({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const relations = useQuery(reviewerRelations(userId));
  if (relations.error) return <Alert type="error" title={errorText(t, relations.error)} action={<Button onClick={() => void relations.refetch()}>{t('pool.retry')}</Button>} />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      loading={relations.isLoading}
      dataSource={relations.data?.items ?? []}
      locale={{ emptyText: <span className="tp-empty">{t('pool.noRelations')}</span> }}
      columns={[
        { title: t('reviewer.conflicts.kind'), dataIndex: 'kind', render: (k: string) => t(`reviewer.conflicts.kinds.${k}`) },
        {
          title: t('reviewer.conflicts.party'),
          key: 'party',
          render: (_, r) => [r.personName, r.employerName, r.employerCreditCode, r.userId].filter(Boolean).join(' · '),
        },
        { title: t('reviewer.conflicts.note'), dataIndex: 'note' },
        { title: t('reviewer.conflicts.declaredAt'), dataIndex: 'createdAt', render: (d: string) => formatDate(d) },
      ]}
    />
  );
}

type ProfileForm = Omit<ProfileInput, 'employerCreditCode'> & { employerCreditCode?: string };

/** Create or replace a reviewer's profile; the API's refusals land on their fields. */
function ProfileModal({ target, onClose }: { target: { userId: string; name: string; profile?: PoolReviewer } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProfileForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cycles = useQuery(allCycles());
  const provinces = useProvinces();
  async function save(values: ProfileForm) {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      await putProfile(target.userId, { ...values, employerCreditCode: values.employerCreditCode?.trim() || null });
      message.success(t('pool.saved'));
      await queryClient.invalidateQueries({ queryKey: ['admin', 'pool'] });
      onClose();
    } catch (e) {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  const p = target?.profile;
  return (
    <Modal
      open={target !== null}
      title={target ? t('pool.editTitle', { name: target.name }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ loading: busy }}
      destroyOnHidden
    >
      {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={
          p
            ? { specialties: p.specialties, maxLevel: p.maxLevel, homeProvince: p.homeProvince, employerName: p.employerName, employerCreditCode: p.employerCreditCode ?? '', maxLoadPerCycle: p.maxLoadPerCycle, active: p.active }
            : { maxLoadPerCycle: 20, active: true, homeProvince: '50' }
        }
      >
        <Form.Item label={t('pool.specialties')} name="specialties" rules={[{ required: true, message: t('validation.required') }]}>
          <Select mode="multiple" options={specialtyOptions(t, cycles.data?.items ?? [], true)} />
        </Form.Item>
        <Form.Item label={t('pool.maxLevel')} name="maxLevel" rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} />
        </Form.Item>
        <Form.Item label={t('pool.province')} name="homeProvince" rules={[{ required: true, message: t('validation.required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={provinces} />
        </Form.Item>
        <Form.Item label={t('pool.employer')} name="employerName" rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('pool.creditCode')} name="employerCreditCode" extra={t('pool.creditCodeHelp')}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item label={t('pool.loadCap')} name="maxLoadPerCycle" rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber min={1} max={10000} precision={0} />
        </Form.Item>
        <Form.Item label={t('pool.active')} name="active" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Invite a reviewer by e-mail; their profile is set up right after. */
function InviteModal({ open, onClose, onInvited }: { open: boolean; onClose: () => void; onInvited: (user: { id: string; fullName: string }) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ email: string; fullName: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function invite(values: { email: string; fullName: string }) {
    setBusy(true);
    setError(null);
    try {
      const user = await inviteReviewer(values);
      onInvited({ id: user.id, fullName: user.fullName });
    } catch (e) {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal open={open} title={t('pool.invite')} onCancel={onClose} onOk={() => form.submit()} okText={t('pool.sendInvitation')} okButtonProps={{ loading: busy }} destroyOnHidden>
      {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 12 }} />}
      <p>{t('pool.inviteIntro')}</p>
      <Form form={form} layout="vertical" onFinish={(v) => void invite(v)}>
        <Form.Item label={t('fields.fullName')} name="fullName" rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('fields.email')} name="email" rules={[{ required: true, type: 'email', message: t('validation.email') }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The expert pool: profiles, declared relations and loads; edit a profile, invite a reviewer. */
export function PoolPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('pool.title'));
  const { message } = App.useApp();
  const [cycleId, setCycleId] = useState<string | undefined>();
  const [editing, setEditing] = useState<{ userId: string; name: string; profile?: PoolReviewer } | null>(null);
  const [inviting, setInviting] = useState(false);
  const cycles = useQuery(allCycles());
  const pool = useInfiniteQuery(reviewerPool(cycleId));
  const provinces = useProvinces();
  const provinceName = (code: string) => provinces.find((p) => p.value === code)?.label ?? code;
  const rows = pool.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="tp-stack">
      <Title>{t('pool.title')}</Title>
      <div className="tp-page-actions">
        <label htmlFor="pool-cycle">{t('pool.loadIn')}</label>
        <Select
          id="pool-cycle"
          allowClear
          style={{ minWidth: 220 }}
          value={cycleId}
          onChange={setCycleId}
          options={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: `${i18n.language === 'en' ? c.nameEn : c.nameZh} (${c.code})` }))}
        />
        <Button type="primary" onClick={() => setInviting(true)}>
          {t('pool.invite')}
        </Button>
      </div>
      {pool.error && <Alert type="error" title={errorText(t, pool.error)} action={<Button onClick={() => void pool.refetch()}>{t('pool.retry')}</Button>} />}
      <Table
        rowKey="userId"
        loading={pool.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t('pool.empty')} /> }}
        expandable={{ expandedRowRender: (row) => <Relations userId={row.userId} />, rowExpandable: () => true }}
        columns={[
          {
            title: t('pool.reviewer'),
            key: 'name',
            render: (_, r) => (
              <span data-testid="pool-reviewer">
                {r.fullName ?? '—'}
                <br />
                <small>{r.email}</small>
              </span>
            ),
          },
          { title: t('pool.specialties'), dataIndex: 'specialties', render: (s: string[]) => s.map((k) => <Tag key={k}>{specialtyLabel(t, k)}</Tag>) },
          { title: t('pool.maxLevel'), dataIndex: 'maxLevel', render: (l: string) => levelLabel(t, l) },
          { title: t('pool.province'), dataIndex: 'homeProvince', render: (c: string) => provinceName(c) },
          {
            title: t('pool.employer'),
            key: 'employer',
            render: (_, r) => (
              <>
                {r.employerName}
                {r.employerCreditCode && (
                  <>
                    <br />
                    <small>{r.employerCreditCode}</small>
                  </>
                )}
              </>
            ),
          },
          {
            title: t('pool.load'),
            key: 'load',
            render: (_, r) => (
              <span data-testid="pool-load">
                {cycleId ? t('pool.cycleLoad', { load: r.cycleLoad, cap: r.maxLoadPerCycle }) : t('pool.cap', { cap: r.maxLoadPerCycle })}
                <br />
                <small>{t('pool.openReviews', { count: r.openReviews })}</small>
              </span>
            ),
          },
          { title: t('pool.active'), dataIndex: 'active', render: (a: boolean) => (a ? <Tag variant="solid" color="success">{t('pool.activeYes')}</Tag> : <Tag>{t('pool.activeNo')}</Tag>) },
          {
            title: '',
            key: 'edit',
            render: (_, r) => (
              <Button size="small" onClick={() => setEditing({ userId: r.userId, name: r.fullName ?? r.email ?? '', profile: r })} aria-label={t('pool.editNamed', { name: r.fullName ?? r.email ?? '' })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {pool.hasNextPage && (
        <Button onClick={() => void pool.fetchNextPage()} loading={pool.isFetchingNextPage}>
          {t('admin.loadMore')}
        </Button>
      )}
      <InviteModal
        open={inviting}
        onClose={() => setInviting(false)}
        onInvited={(user) => {
          setInviting(false);
          message.success(t('pool.invited'));
          setEditing({ userId: user.id, name: user.fullName });
        }}
      />
      <ProfileModal target={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
