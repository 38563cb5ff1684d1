import { useRef, useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { formatDateTime } from '../../i18n';
import { Title } from './shared';
import { IdentityConflicts } from './identity-conflicts';

type User = Schemas['UserPageDto']['items'][number];
type Role = NonNullable<Schemas['UpdateUserDto']['roles']>[number];

export function UsersPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [inviteOpen, setInviteOpen] = useState(false);
  const [text, setText] = useState('');
  const [form] = Form.useForm();
  const users = useInfiniteQuery({
    queryKey: ['admin-users', text],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/users', { params: { query: { limit: 50, cursor: pageParam, text: text || undefined } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const update = useMutation({
    mutationFn: (input: { id: string; body: Schemas['UpdateUserDto'] }) => unwrap(api.PATCH('/api/v1/admin/users/{id}', { params: { path: { id: input.id } }, body: input.body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin-users'] }),
    onError: (e) => message.error(errorText(t, e)),
  });
  const inviteMutation = useMutation({
    mutationFn: (values: Schemas['InviteUserDto']) => unwrap(api.POST('/api/v1/admin/users', { body: values })),
    onSuccess: async () => {
      setInviteOpen(false);
      form.resetFields();
      message.success(t('admin.invited'));
      await queryClient.invalidateQueries({ queryKey: ['admin-users'] });
    },
    onError: (e) => {
      if (!showFieldProblems(form, t, e)) message.error(errorText(t, e));
    },
  });
  // A double click submits the form twice before React re-renders: a ref, not the render's isPending, keeps it to one invitation.
  const inviting = useRef(false);
  function invite(values: Schemas['InviteUserDto']) {
    if (inviting.current) return;
    inviting.current = true;
    inviteMutation.mutate(values, { onSettled: () => (inviting.current = false) });
  }
  /** Role and status changes apply only after the admin confirms them. */
  function confirmChange(row: User, body: Schemas['UpdateUserDto'], description: string) {
    void modal.confirm({
      title: t('usersAdmin.confirmTitle', { name: row.fullName, email: row.email }),
      content: description,
      okText: t('usersAdmin.confirm'),
      cancelText: t('usersAdmin.cancel'),
      onOk: () => update.mutateAsync({ id: row.id, body }).catch(() => undefined),
    });
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
            render: (roles: Role[], row) => (
              <Select<Role[]>
                mode="multiple"
                aria-label={`${t('admin.roles')}: ${row.email}`}
                style={{ minWidth: 220 }}
                value={roles}
                options={(['applicant', 'reviewer', 'admin', 'authority_officer'] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                onChange={(value: Role[]) =>
                  confirmChange(row, { roles: value }, t('usersAdmin.confirmRoles', { roles: value.map((r) => t(`roles.${r}`)).join(t('usersAdmin.separator')) || '—' }))
                }
              />
            ),
          },
          {
            title: t('admin.active'),
            dataIndex: 'status',
            render: (status: string, row) => (
              <Switch
                aria-label={`${t('admin.active')}: ${row.email}`}
                checked={status === 'active'}
                onChange={(on) => confirmChange(row, { status: on ? 'active' : 'disabled' }, t(on ? 'usersAdmin.confirmEnable' : 'usersAdmin.confirmDisable'))}
              />
            ),
          },
          { title: t('admin.lastLogin'), dataIndex: 'lastLoginAt', render: (d: string | null) => formatDateTime(d) },
        ]}
      />
      {users.hasNextPage && <Button onClick={() => void users.fetchNextPage()}>{t('admin.loadMore')}</Button>}
      <IdentityConflicts />
      <Modal
        open={inviteOpen}
        title={t('admin.invite')}
        onCancel={() => setInviteOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: inviteMutation.isPending, disabled: inviteMutation.isPending }}
      >
        <Form form={form} layout="vertical" onFinish={invite}>
          <Form.Item label={t('fields.fullName')} name="fullName" rules={[{ required: true, message: t('validation.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('fields.email')} name="email" rules={[{ required: true, type: 'email', message: t('validation.email') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('admin.roles')} name="roles" rules={[{ required: true, message: t('validation.required') }]}>
            <Select mode="multiple" options={['reviewer', 'admin', 'authority_officer'].map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
