import { useMemo } from 'react';
import Form from '@rjsf/antd';
import { englishStringTranslator, type ErrorSchema, type RJSFSchema, type RJSFValidationError, type UiSchema, type ValidatorType, type WidgetProps } from '@rjsf/utils';
import { Select } from 'antd';
import { createPrecompiledValidator, type ValidatorFunctions } from '@rjsf/validator-ajv8';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../components/problems';
import eligibilityPolicyFns from './generated/eligibility-policy-validator.js';
import evidenceRulesFns from './generated/evidence-rules-validator.js';
import rubricFns from './generated/rubric-validator.js';

/** A cycle's settings edited as forms, each generated from the JSON Schema the API validates it with (GET cycles/settings-schemas). */
export const SETTINGS = ['eligibilityPolicy', 'evidenceRules', 'rubric'] as const;
export type SettingName = (typeof SETTINGS)[number];
type Schema = Record<string, unknown>;

/**
 * The settings' validators, compiled ahead from the API's schema objects (npm run
 * web:settings-validators): the CSP allows no code compiled in the browser. rjsf's precompiled
 * validator refuses a schema other than the one they were made from, so a schema the API
 * changed without regenerating them shows as an error instead of checking against the old one.
 */
const VALIDATOR_FNS: Record<SettingName, ValidatorFunctions> = { eligibilityPolicy: eligibilityPolicyFns, evidenceRules: evidenceRulesFns, rubric: rubricFns };
const validators = new WeakMap<Schema, ValidatorType>();
function validatorFor(name: SettingName, schema: Schema): ValidatorType {
  let validator = validators.get(schema);
  if (!validator) validators.set(schema, (validator = createPrecompiledValidator(VALIDATOR_FNS[name], schema as RJSFSchema)));
  return validator;
}

/** An option's label: a kind of experience or achievement by its constant, else on / off (continuing education). */
function optionTitle(t: TFunction, option: Schema): string {
  if (option.type === 'null') return t('cycleSettings.options.off');
  const kind = ((option.properties as Record<string, Schema> | undefined)?.kind?.const ?? null) as string | null;
  return kind ? t(`cycleSettings.kinds.${kind}`, { defaultValue: kind }) : t('cycleSettings.options.on');
}

function enumLabel(t: TFunction, key: string, value: string): string {
  if (key === 'kind') return t(`evidence.${value}`, { defaultValue: value });
  return t(`cycleSettings.enums.${key}.${value}`, { defaultValue: '' }) || t(`enums.any.${value}`, { defaultValue: value });
}

/**
 * Labels and help for every field from the back office's texts (cycleSettings.fields / help,
 * keyed by the property's name), never the schema's English; lists of choices as checkboxes.
 */
function uiFor(t: TFunction, schema: Schema, key: string | null): UiSchema {
  const ui: UiSchema = {};
  if (key) {
    ui['ui:title'] = t(`cycleSettings.fields.${key}`, { defaultValue: '' }) || t(`enums.any.${key}`, { defaultValue: key });
    const help = t(`cycleSettings.help.${key}`, { defaultValue: '' });
    if (help) ui['ui:description'] = help;
  }
  for (const [child, childSchema] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    ui[child] = childSchema.const !== undefined ? { 'ui:widget': 'hidden' } : uiFor(t, childSchema, child);
  }
  const items = schema.items as Schema | undefined;
  if (items && key) {
    if (Array.isArray(items.enum)) {
      ui['ui:widget'] = 'checkboxes';
      ui['ui:options'] = { inline: true };
      ui.items = { 'ui:enumNames': (items.enum as string[]).map((v) => enumLabel(t, key, v)) };
    } else {
      ui.items = { ...uiFor(t, items, null), 'ui:title': t(`cycleSettings.items.${key}`, { defaultValue: '' }) };
    }
  }
  if (Array.isArray(schema.enum) && key) ui['ui:enumNames'] = (schema.enum as string[]).map((v) => enumLabel(t, key, v));
  if (Array.isArray(schema.oneOf)) {
    ui['ui:widget'] = 'optionSelect';
    ui.oneOf = (schema.oneOf as Schema[]).map((option) => ({ ...uiFor(t, option, null), 'ui:title': optionTitle(t, option) }));
  }
  return ui;
}

/** Ajv's keyword messages in the page's language, without the summaries a field's own error already says. */
function translateErrors(t: TFunction) {
  return (errors: RJSFValidationError[]): RJSFValidationError[] =>
    errors
      .filter((e) => !((e.name === 'oneOf' || e.name === 'type') && errors.some((o) => o.property?.startsWith(`${e.property ?? ''}.`))))
      .map((e) => ({ ...e, message: t(`cycleSettings.ajv.${e.name ?? ''}`, { ...(e.params as object), defaultValue: t('errors.fieldInvalid') }) }));
}

/** The problems of a setting's value by its schema, as an error schema for its form (null when it fits). */
export function checkSetting(t: TFunction, name: SettingName, schema: Schema, value: unknown): ErrorSchema | null {
  const result = validatorFor(name, schema).validateFormData(value, schema as RJSFSchema, undefined, translateErrors(t));
  return result.errors.length ? result.errorSchema : null;
}

/** The API's problems on one setting (paths `eligibilityPolicy.levels.intermediate.routes.1.key`) as its form's error schema. */
export function settingErrors(problems: FieldProblem[], setting: SettingName, text: (p: FieldProblem) => string): ErrorSchema | null {
  const mine = problems.filter((p) => p.path === setting || p.path?.startsWith(`${setting}.`));
  if (!mine.length) return null;
  const root: Record<string, unknown> = {};
  for (const p of mine) {
    let node = root;
    for (const segment of p.path!.split('.').slice(1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    ((node.__errors ??= []) as string[]).push(text(p));
  }
  return root as ErrorSchema;
}

/**
 * The choice of a oneOf branch (a kind of experience or achievement, continuing education on or
 * off) named by its field's label: rjsf hides the label of an object's selector.
 */
function OptionSelect({ id, options, value, onChange, label, disabled, readonly }: WidgetProps) {
  return (
    <Select
      id={id}
      aria-label={label}
      value={value as number | undefined}
      disabled={disabled || readonly}
      style={{ minWidth: 240 }}
      options={(options.enumOptions ?? []).map((o) => ({ value: o.value as number, label: o.label }))}
      onChange={(next) => onChange(next)}
    />
  );
}
const WIDGETS = { optionSelect: OptionSelect };

interface SettingFormProps {
  name: SettingName;
  schema: Schema;
  value: unknown;
  errors: ErrorSchema | null;
  onChange: (value: unknown) => void;
}

/** One setting as a form: rjsf's antd theme (the applicant's renderer), the API's schema, the portal's words. */
export function SettingForm({ name, schema, value, errors, onChange }: SettingFormProps) {
  const { t, i18n } = useTranslation();
  const uiSchema = useMemo(
    () => ({ ...uiFor(t, schema, null), 'ui:options': { label: false }, 'ui:submitButtonOptions': { norender: true } }),
    [t, schema, i18n.language],
  );
  return (
    <div className="tp-form" data-testid={`setting-${name}`}>
      <Form
        schema={schema as RJSFSchema}
        uiSchema={uiSchema}
        validator={validatorFor(name, schema)}
        formData={value}
        extraErrors={errors ?? undefined}
        showErrorList={false}
        noHtml5Validate
        idPrefix={`tp_${name}`}
        widgets={WIDGETS}
        experimental_defaultFormStateBehavior={{ emptyObjectFields: 'populateRequiredDefaults' }}
        formContext={{ colon: false }}
        translateString={(key, params) => t(`formButtons.${key}`, { defaultValue: englishStringTranslator(key, params) })}
        onChange={(event, id) => id !== undefined && onChange(event.formData)}
      />
    </div>
  );
}
