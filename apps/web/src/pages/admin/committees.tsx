import { useState } from 'react';
import { Alert, Button, DatePicker, Empty, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorText, problemText } from '../../components/problems';
import { LEVELS, levelLabel, specialtyLabel, specialtyOptions } from '../../components/labels';
import { useDocumentTitle } from '../../layout/document-title';
import { currentLanguage, formatDate } from '../../i18n';
import { candidatesQuery, committeeKeys, committeesQuery, cyclesQuery, type Committee, type CommitteeRules } from './queries/committees';
import { ScrollRegion } from './scroll-region';
import { Title } from './shared';

type Organisation = Schemas['CreateCommitteeDto']['organisedBy'];
type TitleLevel = Schemas['CreateCommitteeDto']['levels'][number];
interface CommitteeValues {
  nameZh: string;
  nameEn: string;
  organisedBy: Organisation;
  levels: TitleLevel[];
  specialties: string[];
  memberIds: string[];
  chairId: string;
  termStart: Dayjs;
  termEnd: Dayjs;
  minimumSize?: number | null;
}

export const committeeLabel = (c: { nameZh: string; nameEn: string }) => (currentLanguage() === 'en' ? c.nameEn : c.nameZh);

/** The smallest committee allowed for an organisation and an optional own minimum (never below the configured floor). */
export function minimumFor(rules: CommitteeRules, organisedBy: Organisation | undefined, own?: number | null): number {
  const floor = organisedBy === 'specialty' ? rules.minimumSizeSpecialty : rules.minimumSizeSeries;
  return Math.max(floor, own ?? 0);
}

/** A size problem as typed: even, or below the minimum; null when the size is right. */
export function sizeProblem(t: TFunction, count: number, minimum: number): string | null {
  if (count < minimum) return t('committees.sizeTooSmall', { count, minimum });
  if (count % 2 === 0) return t('committees.sizeEven', { count });
  return null;
}

/** A refusal on its field in the user's language (the committee's own codes first). */
export function committeeProblem(t: TFunction, p: { path?: string; code: string; message: string }): string {
  const own = t(`committees.errors.${p.code}`, { defaultValue: '' });
  return own || problemText(t, p);
}

/** A refusal as a sentence: the committee pages' own codes (QUORUM_NOT_MET, ITEMS_NOT_VOTED ...) first, then the shared ones. */
export function committeeErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const own = t(`committees.errors.${error.code}`, { defaultValue: '' });
    if (own) return own;
  }
  return errorText(t, error);
}

export function CommitteesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('committees.title'));
  const queryClient = useQueryClient();
  const committees = useQuery(committeesQuery());
  const candidates = useQuery(candidatesQuery());
  const cycles = useQuery(cyclesQuery());
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<CommitteeValues>();
  const memberIds = Form.useWatch('memberIds', form) ?? [];
  const organisedBy = Form.useWatch('organisedBy', form);
  const ownMinimum = Form.useWatch('minimumSize', form);
  const rules = committees.data?.rules;
  const minimum = rules ? minimumFor(rules, organisedBy, ownMinimum) : 1;
  const names = new Map((candidates.data ?? []).map((c) => [c.userId, c.fullName]));

  const create = useMutation({
    mutationFn: (v: CommitteeValues) =>
      unwrap(
        api.POST('/api/v1/committees', {
          body: {
            nameZh: v.nameZh,
            nameEn: v.nameEn,
            organisedBy: v.organisedBy,
            levels: v.levels,
            specialties: v.specialties,
            memberIds: v.memberIds,
            chairId: v.chairId,
            termStart: v.termStart.format('YYYY-MM-DD'),
            termEnd: v.termEnd.format('YYYY-MM-DD'),
            ...(v.minimumSize ? { minimumSize: v.minimumSize } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: committeeKeys.all });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problems.length) {
        // memberIds[3] belongs on the members field; every other path on its own.
        const byField = new Map<string, string[]>();
        for (const p of e.problems) {
          const field = (p.path ?? '').replace(/\[\d+\]$/, '');
          if (!['nameZh', 'nameEn', 'organisedBy', 'levels', 'specialties', 'memberIds', 'chairId', 'termStart', 'termEnd', 'minimumSize'].includes(field)) continue;
          const index = /\[(\d+)\]$/.exec(p.path ?? '')?.[1];
          const who = index !== undefined ? names.get(form.getFieldValue('memberIds')?.[Number(index)]) : undefined;
          byField.set(field, [...(byField.get(field) ?? []), (who ? `${who}: ` : '') + committeeProblem(t, p)]);
        }
        if (byField.size) {
          form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof CommitteeValues, errors })));
          return;
        }
      }
      setError(committeeErrorText(t, e));
    },
  });

  const live = memberIds.length ? sizeProblem(t, memberIds.length, minimum) : null;
  const items = committees.data?.items ?? [];
  return (
    <div className="tp-stack">
      <Title>{t('committees.title')}</Title>
      <div className="tp-page-actions">
        <Button
          type="primary"
          disabled={!rules}
          onClick={() => {
            form.resetFields();
            setError(null);
            setOpen(true);
          }}
        >
          {t('committees.new')}
        </Button>
        <Link to="/admin/meetings">{t('meetings.title')}</Link>
      </div>
      {committees.error ? (
        <Alert type="error" role="alert" title={errorText(t, committees.error)} action={<Button onClick={() => void committees.refetch()}>{t('committees.retry')}</Button>} />
      ) : (
        <ScrollRegion label={t('committees.title')}>
          <Table<Committee>
            rowKey="id"
            loading={committees.isLoading}
            pagination={false}
            dataSource={items}
            locale={{ emptyText: <Empty description={t('committees.empty')} /> }}
            columns={[
              { title: t('committees.name'), key: 'name', render: (_, c) => committeeLabel(c) },
              { title: t('committees.organisedBy'), dataIndex: 'organisedBy', render: (o: string) => t(`committees.organisations.${o}`) },
              { title: t('committees.levels'), dataIndex: 'levels', render: (ls: string[]) => ls.map((l) => <Tag key={l}>{levelLabel(t, l)}</Tag>) },
              { title: t('committees.specialties'), dataIndex: 'specialties', render: (ss: string[]) => ss.map((s) => specialtyLabel(t, s)).join(t('committees.separator')) },
              { title: t('committees.members'), key: 'members', render: (_, c) => t('committees.memberCount', { count: c.memberCount, minimum: c.minimumSize }) },
              { title: t('committees.chair'), key: 'chair', render: (_, c) => c.members?.find((m) => m.id === c.chairId)?.fullName ?? '—' },
              { title: t('committees.term'), key: 'term', render: (_, c) => `${formatDate(c.termStart)} – ${formatDate(c.termEnd)}` },
            ]}
          />
        </ScrollRegion>
      )}
      <Modal
        open={open}
        title={t('committees.new')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('committees.create')}
        okButtonProps={{ loading: create.isPending, disabled: create.isPending }}
        width={720}
        destroyOnHidden
      >
        {error && <Alert type="error" title={error} role="alert" />}
        <Form<CommitteeValues>
          form={form}
          layout="vertical"
          initialValues={{ organisedBy: 'specialty' }}
          onFinish={(v) => {
            setError(null);
            create.mutate(v);
          }}
        >
          <Form.Item label={t('committees.nameZh')} name="nameZh" rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('committees.nameEn')} name="nameEn" rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            label={t('committees.organisedBy')}
            name="organisedBy"
            extra={rules && t('committees.organisationHelp', { series: rules.minimumSizeSeries, specialty: rules.minimumSizeSpecialty })}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select options={(['series', 'specialty'] as const).map((o) => ({ value: o, label: t(`committees.organisations.${o}`) }))} />
          </Form.Item>
          <Form.Item label={t('committees.levels')} name="levels" rules={[{ required: true, message: t('validation.required') }]}>
            <Select mode="multiple" options={LEVELS.map((l) => ({ value: l, label: levelLabel(t, l) }))} />
          </Form.Item>
          <Form.Item label={t('committees.specialties')} name="specialties" rules={[{ required: true, message: t('validation.required') }]}>
            <Select mode="multiple" optionFilterProp="label" options={specialtyOptions(t, cycles.data?.items ?? [], true)} />
          </Form.Item>
          <Form.Item
            label={t('committees.members')}
            name="memberIds"
            validateTrigger={['onChange', 'onBlur']}
            help={live ?? undefined}
            validateStatus={live ? 'error' : undefined}
            extra={t('committees.membersHelp', { count: memberIds.length, minimum })}
            rules={[
              { required: true, message: t('validation.required') },
              { validator: (_, v: string[] | undefined) => (v && sizeProblem(t, v.length, minimum) ? Promise.reject(new Error(sizeProblem(t, v.length, minimum)!)) : Promise.resolve()) },
            ]}
          >
            <Select
              mode="multiple"
              loading={candidates.isLoading}
              optionFilterProp="label"
              notFoundContent={t('committees.noCandidates')}
              options={(candidates.data ?? []).map((c) => ({ value: c.userId, label: `${c.fullName} · ${levelLabel(t, c.maxLevel)}` }))}
            />
          </Form.Item>
          <Form.Item label={t('committees.chair')} name="chairId" dependencies={['memberIds']} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={memberIds.map((id) => ({ value: id, label: names.get(id) ?? id }))} notFoundContent={t('committees.chooseMembersFirst')} />
          </Form.Item>
          <Space wrap>
            <Form.Item label={t('committees.termStart')} name="termStart" rules={[{ required: true, message: t('validation.required') }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item
              label={t('committees.termEnd')}
              name="termEnd"
              dependencies={['termStart']}
              extra={rules && t('committees.termHelp', { years: rules.maxTermYears })}
              rules={[
                { required: true, message: t('validation.required') },
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | undefined) => {
                    const start = getFieldValue('termStart') as Dayjs | undefined;
                    if (!v || !start || !rules) return Promise.resolve();
                    if (!v.isAfter(start, 'day')) return Promise.reject(new Error(t('committees.errors.TERM_ORDER')));
                    if (!v.isBefore(start.add(rules.maxTermYears, 'year'), 'day')) return Promise.reject(new Error(t('committees.errors.TERM_TOO_LONG')));
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker />
            </Form.Item>
            <Form.Item label={t('committees.minimumSize')} name="minimumSize" extra={t('committees.minimumSizeHelp')}>
              <InputNumber min={1} max={501} />
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {rules && t('committees.quorumHelp', { numerator: rules.quorumNumerator, denominator: rules.quorumDenominator })}
          </Typography.Paragraph>
        </Form>
      </Modal>
    </div>
  );
}
