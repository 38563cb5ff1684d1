import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Collapse, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useMutation } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorText, problemText } from '../../components/problems';
import { formSections, SectionForm } from '../../components/schema-form';
import { localized } from '../../i18n';

type FormVersion = Schemas['FormVersionDto'];
type JsonSchema = Record<string, unknown>;

/** The kinds of field an admin may add: the ones the applicant's renderer shows without extra words (no choice lists: their options need translations). */
const KINDS = {
  text: { type: 'string', maxLength: 200 },
  number: { type: 'number', minimum: 0 },
  date: { type: 'string', format: 'date' },
  boolean: { type: 'boolean' },
} as const;
type Kind = keyof typeof KINDS;

interface FieldDraft {
  key: string;
  /** Fields of the version copied from keep their schema and stay (the core ones are required to publish); added ones are built from their kind. */
  inherited: JsonSchema | null;
  kind: Kind;
  labelZh: string;
  labelEn: string;
  required: boolean;
}
interface SectionDraft {
  key: string;
  /** The section's schema; its fields are `properties` (an object) or `items.properties` (a list of entries). */
  schema: JsonSchema;
  list: boolean;
  labelZh: string;
  labelEn: string;
  helpZh: string;
  helpEn: string;
  fields: FieldDraft[];
}
interface Draft {
  formKey: string;
  level: FormVersion['level'];
  titleZh: string;
  titleEn: string;
  /** The top-level schema without its properties (they come from the sections). */
  root: JsonSchema;
  sections: SectionDraft[];
}

const FIELD_KEY = /^[a-z][a-zA-Z0-9]{0,63}$/;

function kindOf(schema: JsonSchema): Kind {
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  return schema.format === 'date' ? 'date' : 'text';
}

/** The editor's model of a form version: its sections and each section's fields, in order. */
export function draftOf(version: Pick<FormVersion, 'formKey' | 'level' | 'titleZh' | 'titleEn' | 'schema' | 'uiHints'>): Draft {
  const { properties, ...root } = version.schema as JsonSchema & { properties?: Record<string, JsonSchema> };
  const hints = formSections(version.schema, version.uiHints);
  const sections = hints.map((hint): SectionDraft => {
    const schema = properties?.[hint.key] ?? {};
    const list = schema.type === 'array';
    const holder = (list ? (schema.items as JsonSchema | undefined) : schema) ?? {};
    const required = new Set((holder.required as string[] | undefined) ?? []);
    const fields = Object.entries((holder.properties ?? {}) as Record<string, JsonSchema>).map(([key, field]): FieldDraft => {
      const own = field['x-title'] as { 'zh-CN'?: string; en?: string } | undefined;
      // A field added by an admin (it has its own labels) stays editable; the others are kept as they are.
      return own
        ? { key, inherited: null, kind: kindOf(field), labelZh: own['zh-CN'] ?? '', labelEn: own.en ?? '', required: required.has(key) }
        : { key, inherited: field, kind: kindOf(field), labelZh: '', labelEn: '', required: required.has(key) };
    });
    return { key: hint.key, schema, list, labelZh: hint.label['zh-CN'], labelEn: hint.label.en, helpZh: hint.help['zh-CN'], helpEn: hint.help.en, fields };
  });
  return { formKey: version.formKey, level: version.level, titleZh: version.titleZh, titleEn: version.titleEn, root, sections };
}

/** The request that creates the draft: the schema rebuilt from the sections (field order = property order), the sections' hints. */
export function definitionOf(draft: Draft): Schemas['CreateFormVersionDto'] {
  const properties: Record<string, JsonSchema> = {};
  for (const section of draft.sections) {
    const fieldProperties = Object.fromEntries(
      section.fields.map((f) => [f.key, f.inherited ?? { ...KINDS[f.kind], title: f.labelZh, 'x-title': { 'zh-CN': f.labelZh, en: f.labelEn } }]),
    );
    const required = section.fields.filter((f) => f.required).map((f) => f.key);
    const holder = section.list ? ((section.schema.items ?? {}) as JsonSchema) : section.schema;
    const rebuilt: JsonSchema = { ...holder, properties: fieldProperties };
    if (required.length) rebuilt.required = required;
    else delete rebuilt.required;
    properties[section.key] = section.list ? { ...section.schema, items: rebuilt } : rebuilt;
  }
  return {
    formKey: draft.formKey,
    level: draft.level,
    titleZh: draft.titleZh,
    titleEn: draft.titleEn,
    schema: { ...draft.root, properties },
    uiHints: {
      sections: draft.sections.map((s, order) => ({
        key: s.key,
        pointer: `/properties/${s.key}`,
        dataPointer: `/${s.key}`,
        order,
        label: { 'zh-CN': s.labelZh, en: s.labelEn },
        help: { 'zh-CN': s.helpZh, en: s.helpEn },
      })),
    },
  };
}

/** What keeps the draft from being sent, by field: added fields need a free key and both labels. */
function draftProblems(t: TFunction, draft: Draft): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9][a-z0-9-]{1,63}$/.test(draft.formKey)) problems.push(t('formEditor.problems.formKey'));
  if (!draft.titleZh.trim() || !draft.titleEn.trim()) problems.push(t('formEditor.problems.title'));
  for (const s of draft.sections) {
    const seen = new Set<string>();
    for (const f of s.fields) {
      const where = `${localized({ 'zh-CN': s.labelZh, en: s.labelEn })} · ${f.key || '—'}`;
      if (!f.inherited && !FIELD_KEY.test(f.key)) problems.push(t('formEditor.problems.key', { where }));
      if (seen.has(f.key)) problems.push(t('formEditor.problems.keyTaken', { where }));
      if (!f.inherited && (!f.labelZh.trim() || !f.labelEn.trim())) problems.push(t('formEditor.problems.labels', { where }));
      seen.add(f.key);
    }
  }
  return problems;
}

interface Props {
  versions: { id: string; formKey: string; version: number; titleZh: string; titleEn: string }[];
  onCreated: (id: string) => void;
}

/**
 * A new form version built from an existing one without pasting JSON Schema: its sections'
 * labels, and per section the fields (add, remove, reorder the ones added; the kinds the
 * applicant's renderer supports), previewed live with that renderer (SectionForm).
 */
export function FormVersionEditor({ versions, onCreated }: Props) {
  const { t } = useTranslation();
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [json, setJson] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);

  const load = useMutation({
    mutationFn: (id: string) => unwrap(api.GET('/api/v1/forms/{id}', { params: { path: { id } } })),
    onSuccess: (version) => {
      setDraft(draftOf(version));
      setProblems([]);
      setJson('');
      setJsonError(null);
    },
  });
  const create = useMutation({
    mutationFn: (body: Schemas['CreateFormVersionDto']) => unwrap(api.POST('/api/v1/forms', { body })),
    onSuccess: (created) => {
      setDraft(null);
      setSourceId(null);
      onCreated(created.id);
    },
    onError: (e) => setProblems(e instanceof ApiError && e.problems.length ? e.problems.map((p) => `${p.path ?? ''} ${problemText(t, p)}`.trim()) : [errorText(t, e)]),
  });

  const update = (change: (d: Draft) => Draft) => setDraft((d) => (d ? change(d) : d));
  const updateSection = (index: number, change: (s: SectionDraft) => SectionDraft) =>
    update((d) => ({ ...d, sections: d.sections.map((s, i) => (i === index ? change(s) : s)) }));
  const updateField = (si: number, fi: number, change: Partial<FieldDraft>) =>
    updateSection(si, (s) => ({ ...s, fields: s.fields.map((f, i) => (i === fi ? { ...f, ...change } : f)) }));
  const moveField = (si: number, fi: number, by: -1 | 1) =>
    updateSection(si, (s) => {
      const fields = [...s.fields];
      const [moved] = fields.splice(fi, 1);
      fields.splice(fi + by, 0, moved);
      return { ...s, fields };
    });

  /** The advanced view: the definition as JSON, applied back only when it parses (never an uncaught error). */
  function applyJson() {
    try {
      const parsed = JSON.parse(json) as Schemas['CreateFormVersionDto'];
      if (!parsed || typeof parsed !== 'object' || typeof parsed.schema !== 'object' || parsed.schema === null) throw new Error('shape');
      setDraft(draftOf({ ...parsed, uiHints: parsed.uiHints ?? { sections: [] } } as FormVersion));
      setJsonError(null);
    } catch {
      setJsonError(t('admin.invalidJson'));
    }
  }

  function submit() {
    if (!draft) return;
    const found = draftProblems(t, draft);
    setProblems(found);
    if (!found.length) create.mutate(definitionOf(draft));
  }

  const definition = draft ? definitionOf(draft) : null;
  return (
    <Card title={t('admin.newFormVersion')}>
      <Form layout="vertical">
        <Form.Item label={t('formEditor.copyFrom')} htmlFor="form-copy-from" extra={t('formEditor.copyFromHelp')}>
          <Space.Compact style={{ width: '100%' }}>
            <Select
              id="form-copy-from"
              value={sourceId}
              onChange={setSourceId}
              showSearch={{ optionFilterProp: 'label' }}
              options={versions.map((v) => ({ value: v.id, label: `${localized({ 'zh-CN': v.titleZh, en: v.titleEn })} · ${v.formKey} v${v.version}` }))}
            />
            <Button disabled={!sourceId} loading={load.isPending} onClick={() => sourceId && load.mutate(sourceId)}>
              {t('formEditor.copy')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      {load.error && <Alert type="error" role="alert" title={errorText(t, load.error)} />}
      {draft && definition && (
        <div className="tp-stack">
          <Form layout="vertical">
            <Space wrap>
              <Form.Item label={t('admin.formKey')} htmlFor="form-key" extra={t('formEditor.formKeyHelp')}>
                <Input id="form-key" value={draft.formKey} onChange={(e) => update((d) => ({ ...d, formKey: e.target.value }))} />
              </Form.Item>
              <Form.Item label={t('formEditor.titleZh')} htmlFor="form-title-zh">
                <Input id="form-title-zh" value={draft.titleZh} onChange={(e) => update((d) => ({ ...d, titleZh: e.target.value }))} />
              </Form.Item>
              <Form.Item label={t('formEditor.titleEn')} htmlFor="form-title-en">
                <Input id="form-title-en" value={draft.titleEn} onChange={(e) => update((d) => ({ ...d, titleEn: e.target.value }))} />
              </Form.Item>
            </Space>
          </Form>
          {draft.sections.map((section, si) => (
            <SectionEditor
              key={section.key}
              section={section}
              onSection={(change) => updateSection(si, (s) => ({ ...s, ...change }))}
              onField={(fi, change) => updateField(si, fi, change)}
              onMove={(fi, by) => moveField(si, fi, by)}
              onRemove={(fi) => updateSection(si, (s) => ({ ...s, fields: s.fields.filter((_, i) => i !== fi) }))}
              onAdd={() => updateSection(si, (s) => ({ ...s, fields: [...s.fields, { key: '', inherited: null, kind: 'text', labelZh: '', labelEn: '', required: false }] }))}
            />
          ))}
          <Collapse
            items={[
              {
                key: 'json',
                label: t('formEditor.advanced'),
                children: (
                  <Form layout="vertical">
                    <Form.Item label={t('admin.formJson')} htmlFor="form-json" validateStatus={jsonError ? 'error' : undefined} help={jsonError ?? t('formEditor.advancedHelp')}>
                      <Input.TextArea id="form-json" rows={10} value={json || JSON.stringify(definition, null, 2)} onChange={(e) => setJson(e.target.value)} />
                    </Form.Item>
                    <Button onClick={applyJson}>{t('formEditor.applyJson')}</Button>
                  </Form>
                ),
              },
            ]}
          />
          {problems.length > 0 && <Alert type="error" role="alert" title={t('formEditor.fix')} description={<ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
          <Button type="primary" loading={create.isPending} disabled={create.isPending} onClick={submit}>
            {t('admin.createDraft')}
          </Button>
          <section aria-labelledby="form-preview-title" data-testid="form-preview">
            <Typography.Title level={2} id="form-preview-title" style={{ fontSize: 18 }}>
              {t('formEditor.livePreview')}
            </Typography.Title>
            <p className="tp-section-help">{t('admin.preview')}</p>
            {formSections(definition.schema, definition.uiHints).map((s) => (
              <SectionForm key={s.key} schema={definition.schema} section={s} data={undefined} />
            ))}
          </section>
        </div>
      )}
    </Card>
  );
}

interface SectionEditorProps {
  section: SectionDraft;
  onSection: (change: Partial<SectionDraft>) => void;
  onField: (index: number, change: Partial<FieldDraft>) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
}

function SectionEditor({ section, onSection, onField, onMove, onRemove, onAdd }: SectionEditorProps) {
  const { t } = useTranslation();
  const name = localized({ 'zh-CN': section.labelZh, en: section.labelEn }) || section.key;
  const id = (field: string) => `section-${section.key}-${field}`;
  return (
    <Card size="small" title={name} data-testid={`section-editor-${section.key}`}>
      <Space wrap>
        <label htmlFor={id('zh')}>{t('formEditor.sectionLabelZh')}</label>
        <Input id={id('zh')} value={section.labelZh} onChange={(e) => onSection({ labelZh: e.target.value })} style={{ width: 200 }} />
        <label htmlFor={id('en')}>{t('formEditor.sectionLabelEn')}</label>
        <Input id={id('en')} value={section.labelEn} onChange={(e) => onSection({ labelEn: e.target.value })} style={{ width: 200 }} />
      </Space>
      <Table<FieldDraft>
        style={{ marginTop: 8 }}
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={section.fields}
        columns={[
          {
            title: t('formEditor.fieldKey'),
            key: 'key',
            render: (_, f, i) =>
              f.inherited ? (
                <Typography.Text code>{f.key}</Typography.Text>
              ) : (
                <Input aria-label={t('formEditor.fieldKeyNamed', { section: name, n: i + 1 })} value={f.key} onChange={(e) => onField(i, { key: e.target.value })} />
              ),
          },
          {
            title: t('formEditor.labelZh'),
            key: 'zh',
            render: (_, f, i) =>
              f.inherited ? (
                <Typography.Text type="secondary">{t(`formFields.${section.key}.${f.key}`, { defaultValue: t(`formFields.${section.key}.${f.key}._`, { defaultValue: f.key }) })}</Typography.Text>
              ) : (
                <Input aria-label={t('formEditor.labelZhNamed', { section: name, n: i + 1 })} value={f.labelZh} onChange={(e) => onField(i, { labelZh: e.target.value })} />
              ),
          },
          {
            title: t('formEditor.labelEn'),
            key: 'en',
            render: (_, f, i) =>
              f.inherited ? null : <Input aria-label={t('formEditor.labelEnNamed', { section: name, n: i + 1 })} value={f.labelEn} onChange={(e) => onField(i, { labelEn: e.target.value })} />,
          },
          {
            title: t('formEditor.kind'),
            key: 'kind',
            render: (_, f, i) =>
              f.inherited ? (
                <Tag>{t('formEditor.kept')}</Tag>
              ) : (
                <Select
                  aria-label={t('formEditor.kindNamed', { section: name, n: i + 1 })}
                  value={f.kind}
                  style={{ width: 120 }}
                  onChange={(kind: Kind) => onField(i, { kind })}
                  options={(Object.keys(KINDS) as Kind[]).map((k) => ({ value: k, label: t(`formEditor.kinds.${k}`) }))}
                />
              ),
          },
          {
            title: t('formEditor.required'),
            key: 'required',
            render: (_, f, i) => (
              <Checkbox aria-label={t('formEditor.requiredNamed', { section: name, field: f.key || i + 1 })} checked={f.required} disabled={!!f.inherited} onChange={(e) => onField(i, { required: e.target.checked })} />
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, f, i) => (
              <Space>
                <Button size="small" icon={<ArrowUpOutlined aria-hidden="true" />} disabled={i === 0} aria-label={t('formEditor.moveUp', { field: f.key || i + 1 })} onClick={() => onMove(i, -1)} />
                <Button size="small" icon={<ArrowDownOutlined aria-hidden="true" />} disabled={i === section.fields.length - 1} aria-label={t('formEditor.moveDown', { field: f.key || i + 1 })} onClick={() => onMove(i, 1)} />
                {!f.inherited && <Button size="small" danger icon={<DeleteOutlined aria-hidden="true" />} aria-label={t('formEditor.remove', { field: f.key || i + 1 })} onClick={() => onRemove(i)} />}
              </Space>
            ),
          },
        ]}
      />
      <Button style={{ marginTop: 8 }} type="dashed" icon={<PlusOutlined aria-hidden="true" />} onClick={onAdd}>
        {t('formEditor.addField', { section: name })}
      </Button>
    </Card>
  );
}
