import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { FieldError, joinPointer } from './field-error';
import { deepCloneJson, isPlainObject, PlainObject, setOwn } from './json-objects';
import { LocalizedText, text } from './localized-text';

export interface CompiledForm {
  /** The form version's schema as given. */
  readonly schema: unknown;
  /** The same schema with completeness keywords removed, used for drafts. */
  readonly draftSchema: unknown;
  /** Types, formats, enums, lengths, unknown fields; missing fields are fine. */
  validateDraft(data: unknown): FieldError[];
  /** Everything, including required fields: the check before submission. */
  validateFull(data: unknown): FieldError[];
}

/**
 * Keywords that express "the file is complete" rather than "what is there is right".
 * A draft is saved section by section, so an empty list or a missing property is not
 * yet an error; minItems/minProperties go too because an empty list is how the UI
 * says "not filled in yet".
 */
const COMPLETENESS_KEYWORDS = new Set(['required', 'dependentRequired', 'minItems', 'minProperties']);
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_KEYWORDS = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]);

/**
 * Strips completeness keywords wherever a subschema can sit, but only there: a form field
 * that happens to be called "required", or an enum value, is left alone.
 */
export function toDraftSchema(schema: unknown): unknown {
  if (!isPlainObject(schema)) return schema;
  const out: PlainObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (COMPLETENESS_KEYWORDS.has(keyword)) continue;
    if (SCHEMA_MAP_KEYWORDS.has(keyword) && isPlainObject(value)) {
      const mapped: PlainObject = {};
      for (const [name, sub] of Object.entries(value)) {
        // draft-07 `dependencies` mixes schemas with required-style name lists.
        if (keyword === 'dependencies' && Array.isArray(sub)) continue;
        setOwn(mapped, name, toDraftSchema(sub));
      }
      setOwn(out, keyword, mapped);
    } else if (SCHEMA_LIST_KEYWORDS.has(keyword) && Array.isArray(value)) {
      setOwn(out, keyword, value.map(toDraftSchema));
    } else if (SCHEMA_KEYWORDS.has(keyword)) {
      setOwn(out, keyword, Array.isArray(value) ? value.map(toDraftSchema) : toDraftSchema(value));
    } else {
      setOwn(out, keyword, deepCloneJson(value));
    }
  }
  return out;
}

function newAjv(): Ajv2020 {
  // strict: false because admins may annotate form versions with their own keywords (x-ui...).
  const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false });
  addFormats(ajv);
  return ajv;
}

/**
 * Compiles a form version's schema for drafts and for submission. Compilation is the
 * expensive part, so callers cache the result per form version; nothing is cached here
 * because form versions are data and a global cache would outlive edits in tests and
 * admin previews. Throws if the schema itself is invalid (use that when publishing).
 */
export function compileForm(schema: unknown): CompiledForm {
  if (!isPlainObject(schema) && typeof schema !== 'boolean') {
    throw new TypeError('a form schema must be a JSON Schema object');
  }
  const draftSchema = toDraftSchema(schema);
  // Two instances so a schema with an $id can be compiled twice without a clash.
  const full = newAjv().compile(schema as PlainObject | boolean);
  const draft = newAjv().compile(draftSchema as PlainObject | boolean);
  return {
    schema,
    draftSchema,
    validateDraft: (data) => run(draft, data),
    validateFull: (data) => run(full, data),
  };
}

function run(validate: ValidateFunction, data: unknown): FieldError[] {
  if (validate(data)) return [];
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of validate.errors ?? []) {
    const mapped = toFieldError(error);
    if (!mapped) continue;
    const key = `${mapped.pointer}\u0000${mapped.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mapped);
  }
  return out;
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: text('文本', 'text'),
  number: text('数字', 'a number'),
  integer: text('整数', 'a whole number'),
  boolean: text('是/否', 'yes/no'),
  object: text('对象', 'an object'),
  array: text('列表', 'a list'),
  null: text('空值', 'null'),
};

function describeType(type: unknown): LocalizedText {
  const types = (Array.isArray(type) ? type : [type]).map(String);
  const names = types.map((t) => TYPE_NAMES[t] ?? text(t, t));
  return text(names.map((n) => n['zh-CN']).join('或'), names.map((n) => n.en).join(' or '));
}

function toFieldError(error: ErrorObject): FieldError | null {
  const p = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { pointer: joinPointer(at, String(p.missingProperty)), code: 'FIELD_REQUIRED', message: text('此项必填', 'This field is required') };
    case 'dependentRequired':
      return {
        pointer: joinPointer(at, String(p.missingProperty)),
        code: 'FIELD_REQUIRED',
        message: text(`填写“${String(p.property)}”时此项必填`, `This field is required when "${String(p.property)}" is given`),
      };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      return { pointer: joinPointer(at, name), code: 'FIELD_UNKNOWN', message: text('表单中没有此字段', 'This field is not part of the form') };
    }
    case 'type': {
      const t = describeType(p.type);
      return { pointer: at, code: 'FIELD_TYPE', message: text(`应为${t['zh-CN']}`, `Must be ${t.en}`) };
    }
    case 'format':
      return { pointer: at, code: 'FIELD_FORMAT', message: formatMessage(String(p.format)) };
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (p.allowedValues as unknown[]) : [p.allowedValue]).map((v) => JSON.stringify(v));
      return {
        pointer: at,
        code: 'FIELD_ENUM',
        message: text(`取值必须为以下之一：${allowed.join('、')}`, `Must be one of: ${allowed.join(', ')}`),
      };
    }
    case 'maxLength':
      return { pointer: at, code: 'FIELD_TOO_LONG', message: text(`不能超过${String(p.limit)}个字符`, `At most ${String(p.limit)} characters`) };
    case 'minLength':
      return Number(p.limit) === 1
        ? { pointer: at, code: 'FIELD_TOO_SHORT', message: text('不能为空', 'Must not be empty') }
        : { pointer: at, code: 'FIELD_TOO_SHORT', message: text(`至少${String(p.limit)}个字符`, `At least ${String(p.limit)} characters`) };
    case 'maximum':
    case 'exclusiveMaximum':
    case 'minimum':
    case 'exclusiveMinimum': {
      const cmp = String(p.comparison);
      const limit = String(p.limit);
      const zh: Record<string, string> = { '<=': '不能大于', '<': '必须小于', '>=': '不能小于', '>': '必须大于' };
      const en: Record<string, string> = { '<=': 'at most', '<': 'less than', '>=': 'at least', '>': 'more than' };
      return { pointer: at, code: 'FIELD_OUT_OF_RANGE', message: text(`${zh[cmp] ?? cmp}${limit}`, `Must be ${en[cmp] ?? cmp} ${limit}`) };
    }
    case 'maxItems':
      return { pointer: at, code: 'FIELD_TOO_MANY', message: text(`最多${String(p.limit)}项`, `At most ${String(p.limit)} entries`) };
    case 'minItems':
      return { pointer: at, code: 'FIELD_TOO_FEW', message: text(`至少${String(p.limit)}项`, `At least ${String(p.limit)} entries`) };
    case 'maxProperties':
      return { pointer: at, code: 'FIELD_TOO_MANY', message: text('字段过多', 'Too many fields') };
    case 'minProperties':
      return { pointer: at, code: 'FIELD_TOO_FEW', message: text('字段过少', 'Too few fields') };
    case 'pattern':
      return { pointer: at, code: 'FIELD_PATTERN', message: text('格式不正确', 'Not in the expected format') };
    case 'uniqueItems':
      return { pointer: at, code: 'FIELD_DUPLICATE', message: text('列表中有重复项', 'The list has duplicate entries') };
    case 'if':
      // The failing then/else branch reports the actual field errors.
      return null;
    default:
      return { pointer: at, code: 'FIELD_INVALID', message: text('取值无效', 'Invalid value') };
  }
}

function formatMessage(format: string): LocalizedText {
  switch (format) {
    case 'date':
      return text('日期格式应为 YYYY-MM-DD 且为有效日期', 'Must be a valid date as YYYY-MM-DD');
    case 'email':
      return text('邮箱地址格式不正确', 'Must be a valid email address');
    case 'uri':
      return text('网址格式不正确', 'Must be a valid URL');
    default:
      return text(`格式不正确（${format}）`, `Must be in ${format} format`);
  }
}
