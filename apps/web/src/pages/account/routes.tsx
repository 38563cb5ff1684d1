import { useState } from 'react';
import { Alert, App, Badge, Button, Card, Form, Input, List, Switch, Table, Typography } from 'antd';
import { Route, Routes, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { errorText, showFieldProblems } from '../../components/problems';
import { formatDateTime } from '../../i18n';
import { NotFoundPage } from '../public/not-found';
import { useDocumentTitle } from '../../layout/document-title';
import { shownToRoles } from './notification-audience';

function InboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('inbox.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery({
    queryKey: ['inbox', unreadOnly],
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 50, ...(unreadOnly ? { unread: true } : {}) } } })),
  });
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['inbox'] }), queryClient.invalidateQueries({ queryKey: ['unread-count'] })]);
  const markRead = useMutation({ mutationFn: (id: string) => unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })), onSuccess: refresh });
  const markAll = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')), onSuccess: refresh });
  return (
    <div className="tp-stack">
      <Typography.Title level={1}>{t('inbox.title')}</Typography.Title>
      <div className="tp-page-actions">
        <label>
          <Switch checked={unreadOnly} onChange={setUnreadOnly} aria-label={t('inbox.unreadOnly')} /> {t('inbox.unreadOnly')}
        </label>
        <Button onClick={() => markAll.mutate()}>{t('inbox.markAll')}</Button>
      </div>
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <span className="tp-empty">{t('inbox.empty')}</span> }}
        renderItem={(n) => (
          <List.Item
            actions={[
              !n.read && (
                <Button key="read" size="small" onClick={() => markRead.mutate(n.id)}>
                  {t('inbox.markRead')}
                </Button>
              ),
              n.link && (
                <Button key="open" size="small" type="link" onClick={() => navigate(n.link!)}>
                  {t('inbox.open')}
                </Button>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <span>
                  {!n.read && <Badge status="processing" text={<span className="tp-sr-only">{t('inbox.unread')}</span>} />} {n.title}
                </span>
              }
              description={
                <>
                  <div>{n.body}</div>
                  <small>{formatDateTime(n.createdAt)}</small>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}

function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  const session = useSession();
  const { message } = App.useApp();
  const [profileForm] = Form.useForm();
  const [passwordForm] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const user = session.user!;
  async function saveProfile(values: { fullName: string; phone?: string }) {
    try {
      await unwrap(api.PATCH('/api/v1/me', { body: { fullName: values.fullName, phone: values.phone ? values.phone : null } }));
      await session.reload();
      message.success(t('profile.saved'));
    } catch (e) {
      if (!showFieldProblems(profileForm, t, e)) setError(errorText(t, e));
    }
  }
  async function changePassword(values: { currentPassword: string; newPassword: string }) {
    try {
      await unwrap(api.POST('/api/v1/me/password', { body: values }));
      passwordForm.resetFields();
      message.success(t('profile.passwordChanged'));
    } catch (e) {
      if (!showFieldProblems(passwordForm, t, e)) setError(errorText(t, e));
    }
  }
  return (
    <div className="tp-stack">
      <Typography.Title level={1}>{t('profile.title')}</Typography.Title>
      {error && <Alert type="error" title={error} showIcon role="alert" />}
      {!user.emailVerified && (
        <Alert
          type="warning"
          showIcon
          title={t('profile.notVerified')}
          action={
            <Button size="small" onClick={() => void unwrap(api.POST('/api/v1/me/verification-email')).then(() => message.success(t('profile.verificationSent')))}>
              {t('profile.resendVerification')}
            </Button>
          }
        />
      )}
      <Card title={t('profile.details')}>
        <Form form={profileForm} layout="vertical" initialValues={{ fullName: user.fullName, phone: user.phone ?? '' }} onFinish={saveProfile}>
          <Form.Item label={t('fields.email')} htmlFor="profile-email">
            <Input id="profile-email" value={user.email} disabled />
          </Form.Item>
          <Form.Item label={t('fields.fullName')} name="fullName" rules={[{ required: true, message: t('validation.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('fields.phone')} name="phone">
            <Input inputMode="tel" />
          </Form.Item>
          <Button htmlType="submit" type="primary">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      <Card title={t('profile.changePassword')}>
        <Form form={passwordForm} layout="vertical" onFinish={changePassword}>
          <Form.Item label={t('fields.currentPassword')} name="currentPassword" rules={[{ required: true, message: t('validation.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item label={t('fields.newPassword')} name="newPassword" rules={[{ required: true, min: 8, message: t('validation.passwordLength') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button htmlType="submit">{t('profile.changePassword')}</Button>
        </Form>
      </Card>
    </div>
  );
}

function PreferencesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('preferences.title'));
  const { user } = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const prefs = useQuery({ queryKey: ['preferences'], queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')) });
  const save = useMutation({
    mutationFn: (change: Schemas['PreferenceChangeDto']) => unwrap(api.PUT('/api/v1/me/notification-preferences', { body: { items: [change] } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['preferences'] });
      message.success(t('common.saved'));
    },
    onError: (e) => message.error(errorText(t, e)),
  });
  return (
    <div className="tp-stack">
      <Typography.Title level={1}>{t('preferences.title')}</Typography.Title>
      <Typography.Paragraph>{t('preferences.intro')}</Typography.Paragraph>
      <Table
        rowKey="type"
        loading={prefs.isLoading}
        pagination={false}
        dataSource={(prefs.data?.items ?? []).filter((p) => shownToRoles(p.type, user?.roles ?? []))}
        columns={[
          { title: t('preferences.type'), dataIndex: 'type', render: (type: string) => t(`notificationTypes.${type}`, { defaultValue: type }) },
          {
            title: t('preferences.email'),
            dataIndex: 'emailEnabled',
            render: (enabled: boolean, row) => (
              <Switch
                checked={enabled}
                disabled={row.essential}
                aria-label={`${t('preferences.email')}: ${t(`notificationTypes.${row.type}`, { defaultValue: row.type })}`}
                onChange={(value) => save.mutate({ type: row.type, emailEnabled: value })}
              />
            ),
          },
          { title: t('preferences.essential'), dataIndex: 'essential', render: (essential: boolean) => (essential ? t('preferences.alwaysSent') : '') },
        ]}
      />
    </div>
  );
}

export default function AccountRoutes() {
  return (
    <Routes>
      <Route path="inbox" element={<InboxPage />} />
      <Route path="profile" element={<ProfilePage />} />
      <Route path="preferences" element={<PreferencesPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
