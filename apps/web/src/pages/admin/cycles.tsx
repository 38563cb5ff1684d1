import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { LEVELS, levelLabel, specialtyOptions } from '../../components/labels';
import { formatDateTime } from '../../i18n';
import { Title } from './shared';

export function CyclesPage() {
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
