// Walks a zod schema at run time and says, for every field, whether it is required and what it
// accepts, in words an author understands. Used for the content guide's field reference.
import { z } from 'zod';
import { clockTime, isoDate, link, slug, text } from '../../schemas/common.ts';
import { monthPeriod, period } from '../../schemas/indicator.ts';
import { fieldsOfDoc, type FieldDoc, type SchemaDocs } from './schema-docs.ts';

/** One field of a content type, as the content guide lists it. */
export interface FieldInfo {
  /** Path as an author writes it: `title`, `contacts[].name`, `sources.<key>.title`. */
  name: string;
  /** Nesting depth: 0 for a top-level field. */
  depth: number;
  required: boolean;
  /** What the field accepts, in plain words. */
  type: string;
  /** The value used when the field is left out, when there is one worth saying. */
  default?: string;
  /** The field's JSDoc comment in src/schemas/. */
  description?: string;
}

// zod keeps its definition on `_zod.def`; these are the parts we read.
type Def = {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  valueType?: z.ZodType;
  values?: unknown[];
};
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Named types from src/schemas/common.ts and indicator.ts, recognised by identity. */
const named = new Map<z.ZodType, string>([
  [isoDate, 'date, written YYYY-MM-DD'],
  [clockTime, 'time in quotes, "HH:MM" on the 24-hour clock'],
  [slug, 'id: lower-case letters, digits and hyphens'],
  [text, 'text'],
  [link, 'web address (https://…) or a path on this site (/…)'],
  [period, 'period: 2018-03 (month), 2016-17 (financial year), 2014 (year), 12m-to-2018-03 or fytd-to-2017-12'],
  [monthPeriod, 'month, written YYYY-MM'],
]);

/** Strip optional, default and similar wrappers: what is left, whether it may be left out, and its default. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault') && def.innerType) {
      if (def.type !== 'nullable') optional = true;
      if (def.type === 'default' && defaultValue === undefined) defaultValue = def.defaultValue;
      inner = def.innerType;
    } else return { inner, optional, defaultValue };
  }
}

function numberType(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { type?: string; minimum?: number; maximum?: number; exclusiveMinimum?: number };
  const kind = json.type === 'integer' ? 'whole number' : 'number';
  const min = json.minimum !== undefined && Math.abs(json.minimum) < Number.MAX_SAFE_INTEGER ? json.minimum : undefined;
  const max = json.maximum !== undefined && Math.abs(json.maximum) < Number.MAX_SAFE_INTEGER ? json.maximum : undefined;
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} from ${min}`;
  if (max !== undefined) return `${kind} up to ${max}`;
  return kind;
}

/** What a schema accepts, in words. Objects and lists of objects say "fields below". */
export function describeType(schema: z.ZodType): string {
  const { inner } = unwrap(schema);
  const name = named.get(inner);
  if (name) return name;
  const def = defOf(inner);
  switch (def.type) {
    case 'string': {
      if (inner.description) return `id: ${inner.description.replace(/\.$/, '').replace(/^A /, 'a ')}`;
      const json = z.toJSONSchema(inner, { io: 'input', unrepresentable: 'any' }) as { format?: string };
      return json.format === 'email' ? 'email address' : 'text';
    }
    case 'number':
      return numberType(inner);
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of: ${Object.values(def.entries ?? {}).join(', ')}`;
    case 'literal':
      return `exactly ${(def.values ?? []).map(String).join(' or ')}`;
    case 'union':
      return (def.options ?? []).map(describeType).filter((v, i, all) => all.indexOf(v) === i).join(' or ');
    case 'pipe':
      // A transform reads the input as is: describe what goes in, unless the input side is a preprocess step.
      return defOf(def.in!).type === 'transform' ? describeType(def.out!) : describeType(def.in!);
    case 'array': {
      const element = unwrap(def.element!).inner;
      if (isGroup(element)) return 'list of groups of fields (below)';
      const each = describeType(element);
      return each.startsWith('one of:') ? `list, each ${each}` : `list of: ${each}`;
    }
    case 'object':
      return 'group of fields (below)';
    case 'record':
      return 'groups of fields, each under a short key of your choice (below)';
    default:
      return def.type;
  }
}

const isGroup = (schema: z.ZodType) => ['object', 'record'].includes(defOf(unwrap(schema).inner).type);

function showDefault(value: unknown): string | undefined {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The object shape of a schema (an object, or an object with refinements), or undefined. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(unwrap(schema).inner);
  return def.type === 'object' ? def.shape : undefined;
}

/**
 * Every field of an object schema, depth first, with nested fields of groups and lists of groups.
 * `docs` and `doc` supply the JSDoc descriptions (see schema-docs.ts).
 */
export function listFields(schema: z.ZodType, docs?: SchemaDocs, doc?: FieldDoc, prefix = '', depth = 0): FieldInfo[] {
  const shape = shapeOf(schema);
  if (!shape) return [];
  const fieldDocs = docs ? fieldsOfDoc(docs, doc) : undefined;
  const fields: FieldInfo[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const { inner, optional, defaultValue } = unwrap(field);
    const name = `${prefix}${key}`;
    const fieldDoc = fieldDocs?.get(key);
    fields.push({ name, depth, required: !optional, type: describeType(field), default: showDefault(defaultValue), description: fieldDoc?.description });
    const def = defOf(inner);
    if (def.type === 'object') fields.push(...listFields(inner, docs, fieldDoc, `${name}.`, depth + 1));
    else if (def.type === 'array' && isGroup(def.element!)) fields.push(...listFields(unwrap(def.element!).inner, docs, fieldDoc, `${name}[].`, depth + 1));
    else if (def.type === 'record' && isGroup(def.valueType!)) fields.push(...listFields(unwrap(def.valueType!).inner, docs, fieldDoc, `${name}.<key>.`, depth + 1));
  }
  return fields;
}
