import { useState } from 'react';
import { Alert, Button, DatePicker, Empty, Form, Input, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import type { ErrorSchema } from '@rjsf/utils';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorText, problemText } from '../../components/problems';
import { LEVELS, levelLabel, specialtyOptions } from '../../components/labels';
import { useDocumentTitle } from '../../layout/document-title';
import { currentLanguage, formatDate, formatDateTime } from '../../i18n';
import { cycleKeys, cycleSettingsSchemasQuery, cyclesQuery, publishedFormsQuery } from './queries/cycles';
import { checkSetting, SettingForm, settingErrors, SETTINGS, type SettingName } from './cycle-settings';
import { Title } from './shared';

type Cycle = Schemas['CycleDto'];
type TitleLevel = Schemas['CreateCycleDto']['levels'][number];
interface CycleValues {
  code?: string;
  nameZh: string;
  nameEn: string;
  levels: TitleLevel[];
  specialties: string[];
  opensAt: Dayjs;
  closesAt: Dayjs;
  reviewDeadline?: Dayjs | null;
  meetingDate?: Dayjs | null;
  formVersions?: Partial<Record<TitleLevel, string>>;
}

const FIELDS: readonly (keyof CycleValues)[] = ['code', 'nameZh', 'nameEn', 'levels', 'specialties', 'opensAt', 'closesAt', 'reviewDeadline', 'meetingDate', 'formVersions'];
type FieldName = [keyof CycleValues] | ['formVersions', TitleLevel];
type Tab = 'general' | SettingName;
const TAB_LABELS: Record<Tab, string> = {
  general: 'cycleEditor.tabs.general',
  eligibilityPolicy: 'cycleEditor.tabs.eligibilityPolicy',
  evidenceRules: 'cycleEditor.tabs.evidenceRules',
  rubric: 'cycleEditor.tabs.rubric',
};
type Settings = Partial<Record<SettingName, unknown>>;
const inSetting = (path: string | undefined) => SETTINGS.find((name) => path === name || path?.startsWith(`${name}.`));

/** A cycle refusal on its field in the user's language: the editor's own wording by code first ("closesAt must be after opensAt" reads as a sentence about the window). */
export function cycleProblem(t: TFunction, p: { path?: string; code: string; message: string }): string {
  return t(`cycleEditor.errors.${p.code}`, { defaultValue: '' }) || problemText(t, p);
}

/** The field a problem path names: formVersions.intermediate → ['formVersions', 'intermediate']; other paths (the policy's) have no field here. */
function fieldOf(path: string | undefined): FieldName | null {
  const [head, level] = (path ?? '').split('.');
  const field = FIELDS.find((f) => f === head);
  if (!field) return null;
  const pinned = LEVELS.find((l) => l === level);
  return field === 'formVersions' && pinned ? ['formVersions', pinned] : [field];
}

export function CyclesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.adminCycles'));
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Cycle | 'new' | null>(null);
  const [form] = Form.useForm<CycleValues>();
  const [error, setError] = useState<string | null>(null);
  const cycles = useQuery(cyclesQuery());
  const forms = useQuery(publishedFormsQuery());
  const levels = Form.useWatch('levels', form) ?? [];
  const schemas = useQuery(cycleSettingsSchemasQuery());
  const [tab, setTab] = useState<Tab>('general');
  // The settings as edited; only the ones changed (dirty) are sent, so an untouched rubric never counts as a change.
  const [settings, setSettings] = useState<Settings>({});
  const [dirty, setDirty] = useState<ReadonlySet<SettingName>>(new Set());
  const [settingProblems, setSettingProblems] = useState<Partial<Record<SettingName, ErrorSchema | null>>>({});
  const [checked, setChecked] = useState(false);

  function changeSetting(name: SettingName, value: unknown) {
    setSettings((s) => ({ ...s, [name]: value }));
    setDirty((d) => new Set(d).add(name));
    // Once a save was tried, the form's problems follow the edits (client-side, with the API's schema).
    if (checked && schemas.data) setSettingProblems((p) => ({ ...p, [name]: checkSetting(t, name, schemas.data[name].schema, value) }));
  }

  /** The changed settings checked with the API's schemas; the first tab with problems is shown. */
  function settingsFit(): boolean {
    setChecked(true);
    if (!schemas.data) return dirty.size === 0;
    const problems = Object.fromEntries([...dirty].map((name) => [name, checkSetting(t, name, schemas.data[name].schema, settings[name])]));
    setSettingProblems(problems);
    const first = SETTINGS.find((name) => problems[name]);
    if (first) {
      setTab(first);
      setError(t('cycleEditor.fixTab', { tab: t(TAB_LABELS[first]) }));
    }
    return !first;
  }

  const save = useMutation({
    mutationFn: async (values: CycleValues) => {
      const common = {
        nameZh: values.nameZh,
        nameEn: values.nameEn,
        levels: values.levels,
        specialties: values.specialties,
        opensAt: values.opensAt.toISOString(),
        closesAt: values.closesAt.toISOString(),
        reviewDeadline: values.reviewDeadline ? values.reviewDeadline.format('YYYY-MM-DD') : null,
        meetingDate: values.meetingDate ? values.meetingDate.format('YYYY-MM-DD') : null,
        // Only the levels the cycle accepts: a level removed takes its form with it.
        formVersions: Object.fromEntries(values.levels.flatMap((l) => (values.formVersions?.[l] ? [[l, values.formVersions[l]]] : []))),
        // Checked against the API's schemas before they leave (settingsFit), and again by the API.
        ...(dirty.has('eligibilityPolicy') ? { eligibilityPolicy: settings.eligibilityPolicy as Record<string, unknown> } : {}),
        ...(dirty.has('evidenceRules') ? { evidenceRules: settings.evidenceRules as Schemas['EvidenceLimitsDto'] } : {}),
        ...(dirty.has('rubric') ? { rubric: settings.rubric as Schemas['RubricDto'] } : {}),
      };
      if (editing === 'new') return unwrap(api.POST('/api/v1/cycles', { body: { ...common, code: values.code ?? '' } }));
      if (editing) return unwrap(api.PATCH('/api/v1/cycles/{id}', { params: { path: { id: editing.id } }, body: common }));
      throw new Error('nothing to save');
    },
    onSuccess: async () => {
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: cycleKeys.all });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.problems.length) {
        const byField = new Map<string, { name: FieldName; errors: string[] }>();
        const rest: string[] = [];
        // A setting's problems on its fields, in its tab (the first such tab is shown).
        const onSettings = Object.fromEntries(SETTINGS.map((name) => [name, settingErrors(e.problems, name, (p) => cycleProblem(t, p))]));
        setSettingProblems(onSettings);
        const first = SETTINGS.find((name) => onSettings[name]);
        for (const p of e.problems) {
          const setting = inSetting(p.path);
          if (setting) {
            rest.push(t('cycleEditor.fixTab', { tab: t(TAB_LABELS[setting]) }));
            continue;
          }
          const name = fieldOf(p.path);
          if (!name) {
            rest.push(cycleProblem(t, p));
            continue;
          }
          const key = name.join('.');
          byField.set(key, { name, errors: [...(byField.get(key)?.errors ?? []), cycleProblem(t, p)] });
        }
        form.setFields([...byField.values()]);
        setTab(byField.size ? 'general' : (first ?? tab));
        setError(rest.length ? [...new Set(rest)].join(currentLanguage() === 'en' ? '; ' : '；') : null);
        return;
      }
      setError((e instanceof ApiError && t(`cycleEditor.errors.${e.code}`, { defaultValue: '' })) || errorText(t, e));
    },
  });

  function openEditor(c: Cycle | 'new') {
    form.resetFields();
    setError(null);
    setTab('general');
    setDirty(new Set());
    setSettingProblems({});
    setChecked(false);
    setSettings(
      c === 'new'
        ? { eligibilityPolicy: schemas.data?.eligibilityPolicy.default, evidenceRules: schemas.data?.evidenceRules.default, rubric: schemas.data?.rubric.default }
        : { eligibilityPolicy: c.eligibilityPolicy, evidenceRules: c.evidenceRules, rubric: c.rubric ?? schemas.data?.rubric.default },
    );
    if (c !== 'new') {
      form.setFieldsValue({
        nameZh: c.nameZh,
        nameEn: c.nameEn,
        levels: c.levels,
        specialties: c.specialties,
        opensAt: dayjs(c.opensAt),
        closesAt: dayjs(c.closesAt),
        reviewDeadline: c.reviewDeadline ? dayjs(c.reviewDeadline) : null,
        meetingDate: c.meetingDate ? dayjs(c.meetingDate) : null,
        formVersions: c.formVersions,
      });
    }
    setEditing(c);
  }

  const formOptions = (level: TitleLevel) =>
    (forms.data ?? [])
      .filter((f) => f.level === level)
      .map((f) => ({ value: f.id, label: `${currentLanguage() === 'en' ? f.titleEn : f.titleZh} · ${f.formKey} v${f.version}${f.publishedAt ? ` · ${formatDate(f.publishedAt)}` : ''}` }));

  function settingTab(name: SettingName) {
    if (schemas.error) return <Alert type="error" role="alert" title={errorText(t, schemas.error)} />;
    if (!schemas.data) return null;
    const builtIn = name === 'rubric' && editing && editing !== 'new' && !editing.ownRubric;
    return (
      <>
        <p className="tp-section-help">{t(`cycleEditor.settingHelp.${name}`)}</p>
        {builtIn && <Alert type="info" title={t('cycleEditor.builtInRubric', { version: editing.rubricVersion ?? schemas.data.rubric.default.version })} style={{ marginBottom: 12 }} />}
        <SettingForm name={name} schema={schemas.data[name].schema} value={settings[name]} errors={settingProblems[name] ?? null} onChange={(v) => changeSetting(name, v)} />
      </>
    );
  }

  const generalTab = (
    <Form<CycleValues>
      form={form}
      layout="vertical"
      onFinish={(v) => {
        setError(null);
        if (settingsFit()) save.mutate(v);
      }}
      onFinishFailed={() => setTab('general')}
    >
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
      <Space wrap>
        <Form.Item label={t('admin.opensAt')} name="opensAt" rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker showTime />
        </Form.Item>
        <Form.Item
          label={t('admin.closesAt')}
          name="closesAt"
          dependencies={['opensAt']}
          rules={[
            { required: true, message: t('validation.required') },
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | undefined) => {
                const opens = getFieldValue('opensAt') as Dayjs | undefined;
                return v && opens && !v.isAfter(opens) ? Promise.reject(new Error(t('cycleEditor.errors.DATE_ORDER'))) : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker showTime />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item label={t('cycleEditor.reviewDeadline')} name="reviewDeadline" extra={t('cycleEditor.reviewDeadlineHelp')}>
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('cycleEditor.meetingDate')} name="meetingDate" extra={t('cycleEditor.meetingDateHelp')}>
          <DatePicker />
        </Form.Item>
      </Space>
      <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>{t('cycleEditor.formVersions')}</legend>
        {levels.length === 0 && <p className="tp-section-help">{t('cycleEditor.chooseLevelsFirst')}</p>}
        {LEVELS.filter((l) => levels.includes(l)).map((level) => (
          <Form.Item
            key={level}
            label={t('cycleEditor.formVersionFor', { level: levelLabel(t, level) })}
            name={['formVersions', level]}
            rules={[{ required: true, message: t('cycleEditor.errors.FORM_REQUIRED') }]}
          >
            <Select loading={forms.isLoading} options={formOptions(level)} notFoundContent={t('cycleEditor.noPublishedForm')} />
          </Form.Item>
        ))}
      </fieldset>
    </Form>
  );

  return (
    <div className="tp-stack">
      <Title>{t('nav.adminCycles')}</Title>
      <div className="tp-page-actions">
        <Button type="primary" onClick={() => openEditor('new')}>
          {t('admin.newCycle')}
        </Button>
      </div>
      {cycles.error ? (
        <Alert type="error" role="alert" title={errorText(t, cycles.error)} action={<Button onClick={() => void cycles.refetch()}>{t('cycleEditor.retry')}</Button>} />
      ) : (
        <Table<Cycle>
          rowKey="id"
          loading={cycles.isLoading}
          pagination={false}
          scroll={{ x: true }}
          dataSource={cycles.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('cycleEditor.empty')} /> }}
          columns={[
            { title: t('admin.code'), dataIndex: 'code' },
            { title: t('admin.name'), key: 'name', render: (_, c) => (currentLanguage() === 'en' ? c.nameEn : c.nameZh) },
            { title: t('admin.window'), key: 'window', render: (_, c) => `${formatDateTime(c.opensAt)} – ${formatDateTime(c.closesAt)}` },
            { title: t('cycleEditor.reviewDeadline'), dataIndex: 'reviewDeadline', render: (d: string | null) => (d ? formatDate(d) : '—') },
            { title: t('cycleEditor.meetingDate'), dataIndex: 'meetingDate', render: (d: string | null) => (d ? formatDate(d) : '—') },
            { title: t('admin.open'), dataIndex: 'open', render: (o: boolean) => (o ? <Tag variant="solid" color="success">{t('common.yes')}</Tag> : t('common.no')) },
            {
              title: '',
              key: 'edit',
              render: (_, c) => (
                <Button size="small" onClick={() => openEditor(c)} aria-label={t('cycleEditor.editNamed', { code: c.code })}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('admin.newCycle') : t('common.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: save.isPending, disabled: save.isPending }}
        width={960}
      >
        {error && <Alert type="error" title={error} role="alert" />}
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as Tab)}
          items={(['general', ...SETTINGS] as const).map((key) => ({
            key,
            label: t(TAB_LABELS[key]),
            // The general fields stay mounted: they are validated on save from any tab.
            forceRender: key === 'general',
            children: key === 'general' ? generalTab : settingTab(key),
          }))}
        />
      </Modal>
    </div>
  );
}
