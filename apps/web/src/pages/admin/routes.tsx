import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { Link, Route, Routes, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, downloadFile, unwrap, type Schemas } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { type ApplicationStatus, evidenceLabel, LEVELS, levelLabel, specialtyLabel, specialtyOptions, STATUS_COLORS, STATUSES, statusLabel } from '../../components/labels';
import { formSections, SectionForm } from '../../components/schema-form';
import { formatDateTime } from '../../i18n';
import { NotFoundPage } from '../public/not-found';
import { IdentityConflicts } from './identity-conflicts';


function Title({ children }: { children: string }) {
  return <Typography.Title level={1}>{children}</Typography.Title>;
}

function AdminHome() {
  const { t } = useTranslation();
  const { message } = App.useApp();
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
      <Title>{t('admin.title')}</Title>
      <Space wrap>
        <Link to="/admin/applications">{t('nav.adminApplications')}</Link>
        <Link to="/admin/cycles">{t('nav.adminCycles')}</Link>
        <Link to="/admin/forms">{t('nav.adminForms')}</Link>
        <Link to="/admin/users">{t('nav.adminUsers')}</Link>
        <Link to="/admin/notifications">{t('nav.adminNotifications')}</Link>
        <Button onClick={() => void openQueues()}>{t('admin.queueDashboard')}</Button>
        <a href="/docs" target="_blank" rel="noopener">
          {t('admin.apiDocs')}
        </a>
      </Space>
    </div>
  );
}

type Filters = { cycleId?: string; level?: string; specialty?: string; status?: string; crossProvincial?: string; homeProvince?: string; text?: string; submittedFrom?: Dayjs | null; submittedTo?: Dayjs | null };

function ApplicationsPage() {
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

function AdminFilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [reveal, setReveal] = useState(false);
  const file = useQuery({
    queryKey: ['admin-application', id, reveal],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id }, query: reveal ? { revealIdentity: true } : {} } })),
  });
  const attachments = useQuery({ queryKey: ['attachments', id], queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/attachments', { params: { path: { id } } })) });
  const a = file.data;
  if (file.error) return <Alert type="error" title={errorText(t, file.error)} />;
  if (!a) return null;
  const identity = ((a.data as Record<string, unknown>).identity ?? {}) as Record<string, string>;
  return (
    <div className="tp-stack">
      <Title>{a.referenceNumber ?? t('files.draftNoNumber')}</Title>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('admin.applicant')}>{a.applicantName}</Descriptions.Item>
        <Descriptions.Item label={t('files.status')}>
          <Tag variant="solid" color={STATUS_COLORS[a.status]}>{statusLabel(t, a.status)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.level')}>{levelLabel(t, a.level)}</Descriptions.Item>
        <Descriptions.Item label={t('admin.employer')}>{a.employerName}</Descriptions.Item>
        <Descriptions.Item label={t('admin.identityNumber')}>
          <Space>
            <span data-testid="identity-number">{identity.documentNumber ?? a.documentNumberMasked}</span>
            {!reveal && (
              <Button
                size="small"
                onClick={() =>
                  modal.confirm({
                    title: t('admin.revealTitle'),
                    content: t('admin.revealWarning'),
                    okText: t('admin.reveal'),
                    onOk: () => setReveal(true),
                  })
                }
              >
                {t('admin.reveal')}
              </Button>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('admin.crossProvincial')}>{a.crossProvincial ? t('common.yes') : t('common.no')}</Descriptions.Item>
        <Descriptions.Item label={t('admin.submittedAt')}>{formatDateTime(a.submittedAt)}</Descriptions.Item>
      </Descriptions>
      <Card title={t('fileTabs.evidence')}>
        <Table
          rowKey="id"
          pagination={false}
          dataSource={attachments.data?.items ?? []}
          columns={[
            { title: t('admin.kind'), dataIndex: 'kind', render: (k: string) => evidenceLabel(t, k) },
            { title: t('admin.fileName'), dataIndex: 'originalName' },
            {
              title: '',
              key: 'dl',
              render: (_, row) => (
                <Button size="small" onClick={() => void downloadFile(`/api/v1/applications/${id}/attachments/${row.id}`, row.originalName)}>
                  {t('evidencePanel.download')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

function CyclesPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Schemas['CycleDto'] | 'new' | null>(null);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const cycles = useQuery({ queryKey: ['cycles', 'all'], queryFn: () => unwrap(api.GET('/api/v1/cycles', { params: { query: { limit: 100 } } })) });

  async function save(values: Record<string, unknown>) {
    setError(null);
    const body = {
      nameZh: values.nameZh,
      nameEn: values.nameEn,
      levels: values.levels,
      specialties: values.specialties,
      opensAt: (values.opensAt as Dayjs).toISOString(),
      closesAt: (values.closesAt as Dayjs).toISOString(),
      formVersions: JSON.parse((values.formVersions as string) || '{}'),
    };
    try {
      if (editing === 'new') await unwrap(api.POST('/api/v1/cycles', { body: { ...body, code: values.code } as never }));
      else if (editing) await unwrap(api.PATCH('/api/v1/cycles/{id}', { params: { path: { id: editing.id } }, body: { ...body, version: editing.version } as never }));
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: ['cycles'] });
    } catch (e) {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    }
  }

  return (
    <div className="tp-stack">
      <Title>{t('nav.adminCycles')}</Title>
      <div className="tp-page-actions">
        <Button
          type="primary"
          onClick={() => {
            form.resetFields();
            setEditing('new');
          }}
        >
          {t('admin.newCycle')}
        </Button>
      </div>
      <Table
        rowKey="id"
        loading={cycles.isLoading}
        pagination={false}
        dataSource={cycles.data?.items ?? []}
        columns={[
          { title: t('admin.code'), dataIndex: 'code' },
          { title: t('admin.name'), key: 'name', render: (_, c) => (i18n.language === 'en' ? c.nameEn : c.nameZh) },
          { title: t('admin.window'), key: 'window', render: (_, c) => `${formatDateTime(c.opensAt)} – ${formatDateTime(c.closesAt)}` },
          { title: t('admin.open'), dataIndex: 'open', render: (o: boolean) => (o ? <Tag variant="solid" color="success">{t('common.yes')}</Tag> : t('common.no')) },
          {
            title: '',
            key: 'edit',
            render: (_, c) => (
              <Button
                size="small"
                onClick={() => {
                  form.setFieldsValue({ ...c, formVersions: JSON.stringify(c.formVersions), opensAt: dayjs(c.opensAt), closesAt: dayjs(c.closesAt) });
                  setEditing(c);
                }}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal open={editing !== null} title={editing === 'new' ? t('admin.newCycle') : t('common.edit')} onCancel={() => setEditing(null)} onOk={() => form.submit()} width={640}>
        {error && <Alert type="error" title={error} role="alert" />}
        <Form form={form} layout="vertical" onFinish={save}>
          {editing === 'new' && (
            <Form.Item label={t('admin.code')} name="code" rules={[{ required: true, message: t('validation.required') }]}>
              <Input />
            </Form.Item>
          )}
          <Form.Item label={t('admin.nameZh')} name="nameZh" rules={[{ required: true, message: t('validation.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.nameEn')} name="nameEn" rules={[{ required: true, message: t('validation.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.levels')} name="levels" rules={[{ required: true, message: t('validation.required') }]}>
            <Select mode="multiple" options={LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} />
          </Form.Item>
          <Form.Item label={t('admin.specialties')} name="specialties" rules={[{ required: true, message: t('validation.required') }]}>
            <Select mode="multiple" options={specialtyOptions(t, cycles.data?.items ?? [], true)} />
          </Form.Item>
          {/* Two pickers, not a RangePicker: antd's RangePicker keeps the Tab key (a keyboard trap, found by the keyboard journeys). */}
          <Form.Item label={t('admin.opensAt')} name="opensAt" rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item label={t('admin.closesAt')} name="closesAt" rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item label={t('admin.formVersions')} name="formVersions" extra={t('admin.formVersionsHelp')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

function FormsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [formId, setFormId] = useState('');
  const [json, setJson] = useState('');
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
  async function create() {
    setError(null);
    try {
      const created = await unwrap(api.POST('/api/v1/forms', { body: JSON.parse(json) }));
      setFormId(created.id);
      await queryClient.invalidateQueries({ queryKey: ['forms'] });
    } catch (e) {
      setError(e instanceof ApiError ? errorText(t, e) : t('admin.invalidJson'));
    }
  }
  const schema = (version.data?.schema ?? {}) as Record<string, unknown>;
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
      <Card title={t('admin.newFormVersion')}>
        <label htmlFor="form-json">{t('admin.formJson')}</label>
        <Input.TextArea id="form-json" rows={6} value={json} onChange={(e) => setJson(e.target.value)} />
        <Button style={{ marginTop: 8 }} onClick={() => void create()}>
          {t('admin.createDraft')}
        </Button>
      </Card>
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
          {formSections(schema, version.data.uiHints as never).map((s) => (
            <SectionForm key={s.key} schema={schema} section={s} data={undefined} />
          ))}
        </Card>
      )}
    </div>
  );
}

function UsersPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [inviteOpen, setInviteOpen] = useState(false);
  const [text, setText] = useState('');
  const [form] = Form.useForm();
  const users = useInfiniteQuery({
    queryKey: ['admin-users', text],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/users', { params: { query: { limit: 50, cursor: pageParam, text: text || undefined } as never } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const update = useMutation({
    mutationFn: (input: { id: string; body: Record<string, unknown> }) => unwrap(api.PATCH('/api/v1/admin/users/{id}', { params: { path: { id: input.id } }, body: input.body as never })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin-users'] }),
    onError: (e) => message.error(errorText(t, e)),
  });
  async function invite(values: { email: string; fullName: string; roles: ('reviewer' | 'admin')[] }) {
    try {
      await unwrap(api.POST('/api/v1/admin/users', { body: values }));
      setInviteOpen(false);
      message.success(t('admin.invited'));
      await queryClient.invalidateQueries({ queryKey: ['admin-users'] });
    } catch (e) {
      if (!showFieldProblems(form, t, e)) message.error(errorText(t, e));
    }
  }
  return (
    <div className="tp-stack">
      <Title>{t('nav.adminUsers')}</Title>
      <div className="tp-page-actions">
        <Input.Search aria-label={t('admin.search')} placeholder={t('admin.search')} onSearch={setText} style={{ width: 260 }} />
        <Button type="primary" onClick={() => setInviteOpen(true)}>
          {t('admin.invite')}
        </Button>
      </div>
      <Table
        rowKey="id"
        pagination={false}
        loading={users.isLoading}
        dataSource={users.data?.pages.flatMap((p) => p.items) ?? []}
        columns={[
          { title: t('fields.fullName'), dataIndex: 'fullName' },
          { title: t('fields.email'), dataIndex: 'email' },
          {
            title: t('admin.roles'),
            dataIndex: 'roles',
            render: (roles: string[], row) => (
              <Select
                mode="multiple"
                aria-label={`${t('admin.roles')}: ${row.email}`}
                style={{ minWidth: 220 }}
                value={roles}
                options={['applicant', 'reviewer', 'admin'].map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                onChange={(value) => update.mutate({ id: row.id, body: { roles: value } })}
              />
            ),
          },
          {
            title: t('admin.active'),
            dataIndex: 'status',
            render: (status: string, row) => (
              <Switch aria-label={`${t('admin.active')}: ${row.email}`} checked={status === 'active'} onChange={(on) => update.mutate({ id: row.id, body: { status: on ? 'active' : 'disabled' } })} />
            ),
          },
          { title: t('admin.lastLogin'), dataIndex: 'lastLoginAt', render: (d: string | null) => formatDateTime(d) },
        ]}
      />
      {users.hasNextPage && <Button onClick={() => void users.fetchNextPage()}>{t('admin.loadMore')}</Button>}
      <IdentityConflicts />
      <Modal open={inviteOpen} title={t('admin.invite')} onCancel={() => setInviteOpen(false)} onOk={() => form.submit()}>
        <Form form={form} layout="vertical" onFinish={invite}>
          <Form.Item label={t('fields.fullName')} name="fullName" rules={[{ required: true, message: t('validation.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('fields.email')} name="email" rules={[{ required: true, type: 'email', message: t('validation.email') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.roles')} name="roles" rules={[{ required: true, message: t('validation.required') }]}>
            <Select mode="multiple" options={['reviewer', 'admin'].map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

function FailedNotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const failed = useQuery({ queryKey: ['failed-notifications'], queryFn: () => unwrap(api.GET('/api/v1/admin/notifications/failed', { params: { query: { limit: 100 } } })) });
  const retry = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/admin/notifications/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => {
      message.success(t('admin.retried'));
      void queryClient.invalidateQueries({ queryKey: ['failed-notifications'] });
    },
    onError: (e) => message.error(errorText(t, e)),
  });
  return (
    <div className="tp-stack">
      <Title>{t('nav.adminNotifications')}</Title>
      <Table
        rowKey="id"
        pagination={false}
        loading={failed.isLoading}
        dataSource={failed.data?.items ?? []}
        locale={{ emptyText: <span className="tp-empty">{t('admin.noFailed')}</span> }}
        columns={[
          { title: t('preferences.type'), dataIndex: 'type', render: (type: string) => t(`notificationTypes.${type}`, { defaultValue: type }) },
          { title: t('admin.channel'), dataIndex: 'channel' },
          { title: t('admin.recipient'), dataIndex: 'recipient' },
          { title: t('admin.lastError'), dataIndex: 'lastError' },
          { title: t('admin.createdAt'), dataIndex: 'createdAt', render: (d: string) => formatDateTime(d) },
          {
            title: '',
            key: 'retry',
            render: (_, row) => (
              <Button size="small" onClick={() => retry.mutate(row.id)}>
                {t('admin.retry')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}

/** The admins' part of the app (a lazily loaded chunk). */
export default function AdminRoutes() {
  return (
    <Routes>
      <Route index element={<AdminHome />} />
      <Route path="applications" element={<ApplicationsPage />} />
      <Route path="applications/:id" element={<AdminFilePage />} />
      <Route path="cycles" element={<CyclesPage />} />
      <Route path="forms" element={<FormsPage />} />
      <Route path="users" element={<UsersPage />} />
      <Route path="notifications" element={<FailedNotificationsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
