import { useMemo, type ComponentType } from 'react';
import Form, { Templates } from '@rjsf/antd';
import { englishStringTranslator, TranslatableString, type ErrorSchema, type IconButtonProps, type RJSFSchema, type UiSchema, type WidgetProps } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';
import { Button, Flex, Grid, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { regionsQuery } from '../api/regions';
import { localized } from '../i18n';
import './schema-form.css';

// The published forms are JSON Schema 2020-12; rjsf's default Ajv class rejects that dialect.
export const validator = customizeValidator({ AjvClass: Ajv2020 });

export type FormData = Record<string, unknown>;
export interface SectionHint {
  key: string;
  pointer: string;
  dataPointer: string;
  order: number;
  label: { 'zh-CN': string; en: string };
  help: { 'zh-CN': string; en: string };
}

/** The sections of a published form, in the order its UI hints give. */
export function formSections(schema: Record<string, unknown>, uiHints: { sections?: SectionHint[] } | undefined): SectionHint[] {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const hinted = [...(uiHints?.sections ?? [])].sort((a, b) => a.order - b.order).filter((s) => s.key in properties);
  const extra = Object.keys(properties)
    .filter((k) => !hinted.some((s) => s.key === k))
    .map((key, i) => ({ key, pointer: `/properties/${key}`, dataPointer: `/${key}`, order: 1000 + i, label: { 'zh-CN': key, en: key }, help: { 'zh-CN': '', en: '' } }));
  return [...hinted, ...extra];
}

/**
 * Labels (and enum names) for every field from the translation files, keyed by the field's
 * path of property names (`identity.fullName`; array items share their array's keys). A field
 * an admin added without a translation shows its schema title or its key.
 */
function uiSchemaFor(t: TFunction, schema: Record<string, unknown>, path: string[]): UiSchema {
  const ui: UiSchema = {};
  const type = schema.type;
  if (type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    for (const [key, child] of Object.entries(properties)) ui[key] = uiSchemaFor(t, child, [...path, key]);
  } else if (type === 'array' && schema.items && typeof schema.items === 'object') {
    ui.items = uiSchemaFor(t, schema.items as Record<string, unknown>, path);
  }
  // A field with children keeps its own label under `_` (formFields.workHistory._).
  const key = `formFields.${path.join('.')}`;
  const label = t(`${key}._`, { defaultValue: '' }) || t(key, { defaultValue: '', returnObjects: false });
  // A field an admin added in the form version editor carries its own labels (x-title: zh-CN and en).
  const own = schema['x-title'] as { 'zh-CN'?: string; en?: string } | undefined;
  if (path.length) ui['ui:title'] = label || localized(own) || (schema.title as string) || path[path.length - 1];
  Object.assign(ui, FIELD_UI(t)[path.join('.')] ?? {});
  if (Array.isArray(schema.enum)) ui['ui:enumNames'] = (schema.enum as string[]).map((v) => t(`enums.${path[path.length - 1]}.${v}`, { defaultValue: t(`enums.any.${v}`, { defaultValue: v }) }));
  return ui;
}

/** Fields that need more than a label: a picker instead of a typed code, a hint on the format. */
const FIELD_UI = (t: TFunction): Record<string, UiSchema> => ({
  'employer.regionCode': { 'ui:widget': 'region' },
  // A description, not a help text: antd shows a help text instead of the field's errors.
  'identity.mobile': { 'ui:description': t('formHelp.mobile'), 'ui:placeholder': t('formHelp.mobilePlaceholder') },
  'identity.email': { 'ui:widget': 'email' },
});

/**
 * The employer's region chosen from the API's list (public/regions) instead of typed as a
 * 6-digit code: a province (the form stores PP0000) and, for the host province, which the API
 * lists with its districts and counties, the district (the form stores its code, which matches
 * a freelance designer to the district's design-service sub-centre). A code saved earlier that
 * no list holds stays as it is, shown with its province.
 */
function RegionWidget({ id, value, disabled, readonly, onChange, onBlur, onFocus, rawErrors }: WidgetProps) {
  const { t } = useTranslation();
  const regions = useQuery(regionsQuery());
  const items = regions.data?.items ?? [];
  const code = typeof value === 'string' && value ? value : undefined;
  const province = code ? items.find((r) => r.code.slice(0, 2) === code.slice(0, 2)) : undefined;
  const districts = province?.districts?.length ? province.districts : null;
  const provinceValue = districts ? province!.code : code;
  const options = items.map((r) => ({ value: r.code, label: localized(r.name) }));
  if (provinceValue && !options.some((o) => o.value === provinceValue)) {
    options.push({ value: provinceValue, label: province ? `${localized(province.name)} (${provinceValue})` : provinceValue });
  }
  const districtValue = districts && code !== province!.code ? code : undefined;
  const districtOptions = (districts ?? []).map((d) => ({ value: d.code, label: localized(d.name) }));
  if (districtValue && !districtOptions.some((o) => o.value === districtValue)) districtOptions.push({ value: districtValue, label: districtValue });
  const status = rawErrors?.length ? 'error' : undefined;
  const districtId = `${id}__district`;
  return (
    <Flex vertical gap={8}>
      <Select
        id={id}
        value={provinceValue}
        options={options}
        loading={regions.isLoading}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
        placeholder={t('formHelp.regionPlaceholder')}
        disabled={disabled || readonly}
        status={status}
        onChange={(next) => onChange(next ?? undefined)}
        onBlur={() => onBlur(id, code)}
        onFocus={() => onFocus(id, code)}
      />
      {districts && (
        <div className="tp-region-district">
          <label htmlFor={districtId}>{t('formHelp.districtLabel')}</label>
          <Select
            id={districtId}
            aria-describedby={`${districtId}__help`}
            value={districtValue}
            options={districtOptions}
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            placeholder={t('formHelp.districtPlaceholder')}
            disabled={disabled || readonly}
            status={status}
            // Clearing the district leaves the whole province.
            onChange={(next) => onChange(next ?? province!.code)}
            onBlur={() => onBlur(id, code)}
            onFocus={() => onFocus(id, code)}
          />
          <div id={`${districtId}__help`} className="tp-region-district-help">
            {t('formHelp.district')}
          </div>
        </div>
      )}
    </Flex>
  );
}
const WIDGETS = { region: RegionWidget };

/** Turns the API's field problems (JSON pointers into the form data) into rjsf's error schema for one section. */
export function sectionErrors(problems: { path?: string; message: string }[], section: string): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const p of problems) {
    if (!p.path?.startsWith(`/${section}`)) continue;
    const segments = p.path.split('/').slice(2).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = root;
    for (const s of segments) node = (node[s] ??= {}) as Record<string, unknown>;
    ((node.__errors ??= []) as string[]).push(p.message);
  }
  return root as ErrorSchema;
}

/**
 * The theme's icon buttons (add, remove, move, copy) named for screen readers: antd's icon
 * carries its own aria-label ("plus-circle"), which wins over the button's title, so the
 * translated title is also given as the button's aria-label.
 */
function named(Button: ComponentType<IconButtonProps>, key: TranslatableString): ComponentType<IconButtonProps> {
  const NamedButton = (props: IconButtonProps) => <Button {...props} aria-label={props.registry.translateString(key)} />;
  return NamedButton;
}
/** An add button that says what it adds ("添加工作经历"), not a lone plus icon. */
function AddButton({ uiSchema, registry, onClick, disabled, id, className }: IconButtonProps) {
  const title = typeof uiSchema?.['ui:title'] === 'string' ? uiSchema['ui:title'] : '';
  const { t } = useTranslation();
  return (
    <Button id={id} className={className} type="dashed" icon={<PlusOutlined aria-hidden="true" />} disabled={disabled} onClick={onClick}>
      {title ? t('formButtons.addNamed', { name: title }) : registry.translateString(TranslatableString.AddItemButton)}
    </Button>
  );
}
const themeButtons = Templates.ButtonTemplates!;
const BUTTON_TEMPLATES = {
  AddButton,
  RemoveButton: named(themeButtons.RemoveButton!, TranslatableString.RemoveButton),
  MoveUpButton: named(themeButtons.MoveUpButton!, TranslatableString.MoveUpButton),
  MoveDownButton: named(themeButtons.MoveDownButton!, TranslatableString.MoveDownButton),
  CopyButton: named(themeButtons.CopyButton!, TranslatableString.CopyButton),
};

interface SectionFormProps {
  schema: Record<string, unknown>;
  section: SectionHint;
  data: unknown;
  errors?: ErrorSchema;
  readonly?: boolean;
  onChange?: (value: unknown) => void;
}

/** One section of an application form, rendered from the published schema with rjsf's antd theme. */
export function SectionForm({ schema, section, data, errors, readonly, onChange }: SectionFormProps) {
  const { t, i18n } = useTranslation();
  // Two fields a row on a wide screen, one on a phone.
  const wide = Grid.useBreakpoint().md ?? true;
  const sectionSchema = ((schema.properties ?? {}) as Record<string, Record<string, unknown>>)[section.key] ?? {};
  const uiSchema = useMemo(
    // The section's heading is the page's own (above): no second, empty legend from rjsf.
    () => ({ ...uiSchemaFor(t, sectionSchema, [section.key]), 'ui:options': { label: false }, 'ui:submitButtonOptions': { norender: true } }),
    [t, sectionSchema, section.key, i18n.language],
  );
  return (
    <div className="tp-form">
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {localized(section.label)}
      </Typography.Title>
      {localized(section.help) && <p className="tp-section-help">{localized(section.help)}</p>}
      <Form
        schema={sectionSchema as RJSFSchema}
        uiSchema={uiSchema}
        validator={validator}
        formData={data}
        extraErrors={errors}
        showErrorList={false}
        noHtml5Validate
        readonly={readonly}
        idPrefix={`tp_${section.key}`}
        widgets={WIDGETS}
        formContext={{ colon: false, rowGutter: 16, ...(wide ? {} : { colSpan: 24 }) }}
        // rjsf's own strings (the add / remove buttons' names) in the portal's language.
        templates={{ ButtonTemplates: BUTTON_TEMPLATES }}
        translateString={(key, params) => t(`formButtons.${key}`, { defaultValue: englishStringTranslator(key, params) })}
        // Only the applicant's own edits (a report with a field id) count as changes: the defaults
        // rjsf derives on mount would otherwise autosave from every tab that merely opens the file.
        onChange={(event, id) => id !== undefined && onChange?.(event.formData)}
      />
    </div>
  );
}
