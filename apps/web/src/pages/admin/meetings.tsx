import { useState } from 'react';
import { Alert, Button, DatePicker, Empty, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { useDocumentTitle } from '../../layout/document-title';
import { currentLanguage, formatDateTime } from '../../i18n';
import { agendaFilesQuery, committeeKeys, committeesQuery, cyclesQuery, meetingsQuery } from './queries/committees';
import { committeeErrorText, committeeLabel, committeeProblem } from './committees';
import { Title } from './shared';

type MeetingSummary = Schemas['MeetingSummaryDto'];
interface ScheduleValues {
  committeeId: string;
  cycleId: string;
  scheduledAt: Dayjs;
  location: string;
  applicationIds: string[];
}

export const MEETING_STATUS_COLORS: Readonly<Record<MeetingSummary['status'], string>> = { scheduled: 'processing', open: 'success', closed: 'default' };

export function MeetingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('meetings.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const meetings = useQuery(meetingsQuery());
  const committees = useQuery(committeesQuery());
  const cycles = useQuery(cyclesQuery());
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<ScheduleValues>();
  const cycleId = Form.useWatch('cycleId', form);
  const files = useQuery(agendaFilesQuery(cycleId));
  const committeeNames = new Map((committees.data?.items ?? []).map((c) => [c.id, committeeLabel(c)]));

  const schedule = useMutation({
    mutationFn: (v: ScheduleValues) =>
      unwrap(api.POST('/api/v1/meetings', { body: { committeeId: v.committeeId, cycleId: v.cycleId, scheduledAt: v.scheduledAt.toISOString(), location: v.location, applicationIds: v.applicationIds } })),
    onSuccess: async (meeting) => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: committeeKeys.all });
      void navigate(`/admin/meetings/${meeting.id}`);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problems.length) {
        const byField = new Map<string, string[]>();
        const refs = new Map((files.data?.items ?? []).map((f) => [f.id, f.referenceNumber ?? f.id]));
        for (const p of e.problems) {
          const field = (p.path ?? '').replace(/\[\d+\]$/, '');
          if (!['committeeId', 'cycleId', 'scheduledAt', 'location', 'applicationIds'].includes(field)) continue;
          const index = /\[(\d+)\]$/.exec(p.path ?? '')?.[1];
          const ref = index !== undefined ? refs.get(form.getFieldValue('applicationIds')?.[Number(index)]) : undefined;
          byField.set(field, [...(byField.get(field) ?? []), (ref ? `${ref}: ` : '') + committeeProblem(t, p)]);
        }
        if (byField.size) {
          form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof ScheduleValues, errors })));
          return;
        }
      }
      setError(committeeErrorText(t, e));
    },
  });

  return (
    <div className="tp-stack">
      <Title>{t('meetings.title')}</Title>
      <div className="tp-page-actions">
        <Button
          type="primary"
          onClick={() => {
            form.resetFields();
            setError(null);
            setOpen(true);
          }}
        >
          {t('meetings.schedule')}
        </Button>
        <Link to="/admin/committees">{t('committees.title')}</Link>
      </div>
      {meetings.error ? (
        <Alert type="error" role="alert" title={errorText(t, meetings.error)} action={<Button onClick={() => void meetings.refetch()}>{t('committees.retry')}</Button>} />
      ) : (
        <Table<MeetingSummary>
          rowKey="id"
          loading={meetings.isLoading}
          pagination={false}
          scroll={{ x: true }}
          dataSource={meetings.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('meetings.empty')} /> }}
          columns={[
            { title: t('meetings.scheduledAt'), dataIndex: 'scheduledAt', render: (d: string, m) => <Link to={`/admin/meetings/${m.id}`}>{formatDateTime(d)}</Link> },
            { title: t('meetings.committee'), dataIndex: 'committeeId', render: (id: string) => committeeNames.get(id) ?? '—' },
            { title: t('meetings.location'), dataIndex: 'location' },
            { title: t('meetings.status'), dataIndex: 'status', render: (s: MeetingSummary['status']) => <Tag variant="solid" color={MEETING_STATUS_COLORS[s]}>{t(`meetings.statuses.${s}`)}</Tag> },
          ]}
        />
      )}
      <Modal
        open={open}
        title={t('meetings.schedule')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('meetings.scheduleOk')}
        okButtonProps={{ loading: schedule.isPending, disabled: schedule.isPending }}
        width={720}
        destroyOnHidden
      >
        {error && <Alert type="error" title={error} role="alert" />}
        <Form<ScheduleValues>
          form={form}
          layout="vertical"
          onFinish={(v) => {
            setError(null);
            schedule.mutate(v);
          }}
        >
          <Form.Item label={t('meetings.committee')} name="committeeId" rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={(committees.data?.items ?? []).map((c) => ({ value: c.id, label: committeeLabel(c) }))} notFoundContent={t('committees.empty')} />
          </Form.Item>
          <Form.Item label={t('meetings.cycle')} name="cycleId" rules={[{ required: true, message: t('validation.required') }]}>
            <Select
              options={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: currentLanguage() === 'en' ? c.nameEn : c.nameZh }))}
              onChange={() => form.setFieldValue('applicationIds', [])}
            />
          </Form.Item>
          <Form.Item label={t('meetings.scheduledAt')} name="scheduledAt" rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item label={t('meetings.location')} name="location" rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('meetings.agenda')} name="applicationIds" extra={t('meetings.agendaHelp')} rules={[{ required: true, message: t('meetings.agendaRequired') }]}>
            <Select
              mode="multiple"
              disabled={!cycleId}
              loading={files.isLoading}
              optionFilterProp="label"
              notFoundContent={cycleId ? t('meetings.noReviewedFiles') : t('meetings.chooseCycleFirst')}
              options={(files.data?.items ?? []).map((f) => ({
                value: f.id,
                label: [f.referenceNumber, f.applicantName, levelLabel(t, f.level), specialtyLabel(t, f.specialty), f.reviewScore].filter(Boolean).join(' · '),
              }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
