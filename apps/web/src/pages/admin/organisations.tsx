import { useRef, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Table, Tabs, Tag } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { hostDistricts, regionsQuery } from '../../api/regions';
import { errorText, problemText, type FieldProblem } from '../../components/problems';
import { currentLanguage, localized } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { createOrganisation, inviteOfficer, organisationsQuery, type AdminOrganisation, type NewOrganisation, type OfficerInvitation, type OrganisationKind } from './queries/organisations';
import { Title } from './shared';

/** The kinds in the order the chain meets them; only the recommending units have officers invited here. */
const KINDS: OrganisationKind[] = ['employer', 'sub_centre', 'association', 'office', 'bureau'];
const UNIT_KINDS: OrganisationKind[] = ['employer', 'sub_centre', 'association'];

/** The organisation's name in the page's language. */
function nameOf(o: Pick<AdminOrganisation, 'nameZh' | 'nameEn'>): string {
  return currentLanguage().startsWith('zh') ? o.nameZh : o.nameEn || o.nameZh;
}

/** A field problem in the page's language: this page's own words for the organisations' codes, then the portal's. */
function fieldText(t: TFunction, p: FieldProblem): string {
  return t(`organisationsAdmin.problems.${p.code}`, { defaultValue: '' }) || t(`errors.fields.${p.code}`, { defaultValue: '' }) || problemText(t, p);
}

/** Puts the API's refusal on the form's fields (creditCode, regionCode, email …); whether any landed. */
function onFields(form: FormInstance, t: TFunction, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problems.length) return false;
  const names = Object.keys(form.getFieldsValue(true) as object);
  const fields = error.problems.filter((p) => p.path && names.includes(p.path)).map((p) => ({ name: p.path!, errors: [fieldText(t, p)] }));
  form.setFields(fields);
  return fields.length > 0;
}

function Officers({ organisation }: { organisation: AdminOrganisation }) {
  const { t } = useTranslation();
  if (!organisation.officers.length) return <span className="tp-empty">{t('organisationsAdmin.noOfficers')}</span>;
  return (
    <ul className="tp-plain-list">
      {organisation.officers.map((o) => (
        <li key={o.userId}>
          {o.fullName} · {o.email} · {t(`roles.${o.role}`)}
          {!o.emailVerified && <Tag style={{ marginInlineStart: 8 }}>{t('organisationsAdmin.invitationPending')}</Tag>}
          {o.status !== 'active' && <Tag style={{ marginInlineStart: 8 }}>{t('organisationsAdmin.disabled')}</Tag>}
        </li>
      ))}
    </ul>
  );
}

function KindTable({ kind, onInvite }: { kind: OrganisationKind; onInvite: (o: AdminOrganisation) => void }) {
  const { t } = useTranslation();
  const list = useInfiniteQuery(organisationsQuery(kind));
  const regions = useQuery(regionsQuery());
  const districtName = new Map(hostDistricts(regions.data).map((d) => [d.code, localized(d.name)]));
  if (list.error) return <Alert type="error" title={errorText(t, list.error)} action={<Button onClick={() => void list.refetch()}>{t('organisationsAdmin.retry')}</Button>} />;
  return (
    <>
      <Table<AdminOrganisation>
        rowKey="id"
        pagination={false}
        loading={list.isLoading}
        dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
        locale={{ emptyText: <span className="tp-empty">{t('organisationsAdmin.empty')}</span> }}
        columns={[
          { title: t('organisationsAdmin.name'), key: 'name', render: (_, o) => nameOf(o) },
          ...(kind === 'employer' ? [{ title: t('organisationsAdmin.creditCode'), dataIndex: 'creditCode', key: 'creditCode' }] : []),
          ...(kind === 'sub_centre'
            ? [{ title: t('organisationsAdmin.district'), key: 'district', render: (_: unknown, o: AdminOrganisation) => (o.regionCode ? `${districtName.get(o.regionCode) ?? ''} (${o.regionCode})` : '—') }]
            : []),
          { title: t('organisationsAdmin.officers'), key: 'officers', render: (_, o) => <Officers organisation={o} /> },
          ...(UNIT_KINDS.includes(kind)
            ? [
                {
                  title: t('organisationsAdmin.actions'),
                  key: 'actions',
                  render: (_: unknown, o: AdminOrganisation) => (
                    <Button onClick={() => onInvite(o)} aria-label={t('organisationsAdmin.inviteFor', { name: nameOf(o) })}>
                      {t('organisationsAdmin.invite')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {list.hasNextPage && <Button onClick={() => void list.fetchNextPage()}>{t('organisationsAdmin.loadMore')}</Button>}
    </>
  );
}

/**
 * A dialog's form sent to the API, once: on success a message, the form reset, the dialog closed and
 * the lists read again; a refusal goes on the form's fields where it names them, else in a message.
 */
function useDialogSubmit<Body, Result>(form: FormInstance<Body>, mutationFn: (body: Body) => Promise<Result>, successText: (result: Result) => string, onClose: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn,
    onSuccess: async (result) => {
      message.success(successText(result));
      form.resetFields();
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['admin', 'organisations'] });
    },
    onError: (e) => {
      if (!onFields(form, t, e)) message.error(errorText(t, e));
    },
  });
  // A double click submits twice before React re-renders: a ref, not the render's isPending, keeps it to one request.
  const sending = useRef(false);
  function send(body: Body) {
    if (sending.current) return;
    sending.current = true;
    mutation.mutate(body, { onSettled: () => (sending.current = false) });
  }
  return { send, pending: mutation.isPending };
}

/** Registering an employer (credit code) or a district sub-centre (a district of the host province, from the API's list). */
function CreateDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewOrganisation>();
  const kind = Form.useWatch('kind', form) ?? 'employer';
  const regions = useQuery(regionsQuery());
  const districts = hostDistricts(regions.data).map((d) => ({ value: d.code, label: `${localized(d.name)} (${d.code})` }));
  const create = useDialogSubmit(form, createOrganisation, (created) => t('organisationsAdmin.created', { name: nameOf(created) }), onClose);
  function submit(values: NewOrganisation) {
    create.send({
      kind: values.kind,
      nameZh: values.nameZh,
      ...(values.nameEn ? { nameEn: values.nameEn } : {}),
      ...(values.kind === 'employer' ? { creditCode: values.creditCode?.trim().toUpperCase() } : { regionCode: values.regionCode }),
    });
  }
  return (
    <Modal
      open={open}
      title={t('organisationsAdmin.register')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('organisationsAdmin.registerOk')}
      cancelText={t('organisationsAdmin.cancel')}
      okButtonProps={{ loading: create.pending, disabled: create.pending }}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'employer' }}>
        <Form.Item label={t('organisationsAdmin.kind')} name="kind">
          <Radio.Group
            options={(['employer', 'sub_centre'] as const).map((k) => ({ value: k, label: t(`organisationsAdmin.kinds.${k}`) }))}
            onChange={() => form.setFields([{ name: 'creditCode', errors: [] }, { name: 'regionCode', errors: [] }])}
          />
        </Form.Item>
        <Form.Item label={t('organisationsAdmin.nameZh')} name="nameZh" rules={[{ required: true, whitespace: true, message: t('organisationsAdmin.problems.REQUIRED') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('organisationsAdmin.nameEn')} name="nameEn" extra={t('organisationsAdmin.nameEnHelp')}>
          <Input maxLength={200} />
        </Form.Item>
        {kind === 'employer' ? (
          <Form.Item label={t('organisationsAdmin.creditCode')} name="creditCode" extra={t('organisationsAdmin.creditCodeHelp')} rules={[{ required: true, whitespace: true, message: t('organisationsAdmin.problems.REQUIRED') }]}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
        ) : (
          <Form.Item label={t('organisationsAdmin.district')} name="regionCode" rules={[{ required: true, message: t('organisationsAdmin.problems.REQUIRED') }]}>
            <Select options={districts} loading={regions.isLoading} showSearch={{ optionFilterProp: 'label' }} placeholder={t('organisationsAdmin.districtPlaceholder')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Inviting a person to act for a recommending unit: a unit officer, bound to it (the API's invitation: an e-mailed link to set a password). */
function InviteDialog({ organisation, onClose }: { organisation: AdminOrganisation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OfficerInvitation>();
  const invite = useDialogSubmit(
    form,
    (body: OfficerInvitation) => inviteOfficer(organisation!.id, body),
    (invited) => t('organisationsAdmin.invited', { email: invited.user.email }),
    onClose,
  );
  return (
    <Modal
      open={!!organisation}
      title={organisation ? t('organisationsAdmin.inviteFor', { name: nameOf(organisation) }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('organisationsAdmin.inviteOk')}
      cancelText={t('organisationsAdmin.cancel')}
      okButtonProps={{ loading: invite.pending, disabled: invite.pending }}
      destroyOnHidden
    >
      <p>{t('organisationsAdmin.inviteRole', { role: t('roles.unit_officer') })}</p>
      <Form form={form} layout="vertical" onFinish={invite.send} initialValues={{ locale: currentLanguage().startsWith('zh') ? 'zh-CN' : 'en' }}>
        <Form.Item label={t('organisationsAdmin.fullName')} name="fullName" rules={[{ required: true, whitespace: true, message: t('organisationsAdmin.problems.REQUIRED') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('organisationsAdmin.email')} name="email" rules={[{ required: true, type: 'email', message: t('organisationsAdmin.emailInvalid') }]}>
          <Input maxLength={254} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('organisationsAdmin.locale')} name="locale">
          <Select options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Organisations as data (domain.md §2, §8): the recommending units, the office and the bureau, with the people acting for them. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisationsAdmin.title'));
  const [kind, setKind] = useState<OrganisationKind>('employer');
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState<AdminOrganisation | null>(null);
  return (
    <div className="tp-stack">
      <Title>{t('organisationsAdmin.title')}</Title>
      <p>{t('organisationsAdmin.intro')}</p>
      <div className="tp-page-actions">
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('organisationsAdmin.register')}
        </Button>
      </div>
      <Tabs
        activeKey={kind}
        onChange={(k) => setKind(k as OrganisationKind)}
        items={KINDS.map((k) => ({ key: k, label: t(`organisationsAdmin.kinds.${k}`), children: <KindTable kind={k} onInvite={setInviting} /> }))}
      />
      <CreateDialog open={creating} onClose={() => setCreating(false)} />
      <InviteDialog organisation={inviting} onClose={() => setInviting(null)} />
    </div>
  );
}
