// Reads the JSDoc comments of the zod schemas in src/schemas/ with the TypeScript compiler, so the
// field descriptions are written once, next to the code, and the content guide and the placeholders
// of `npm run new` quote them instead of repeating them.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The documentation of one field: its JSDoc, and where its own fields are documented. */
export interface FieldDoc {
  description?: string;
  /** Fields of an object written inline (`z.strictObject({ ... })` inside the field). */
  fields?: Map<string, FieldDoc>;
  /** Names of other constants the field is built from (`sourceRef`, `z.array(person)`), in the order written. */
  refs?: string[];
}

/** The documentation of one schema constant: its own JSDoc and, for an object schema, its fields. */
export interface SchemaDoc {
  description?: string;
  fields?: Map<string, FieldDoc>;
  /** For a constant built from others (`corrections = z.array(correction)`), their names. */
  refs?: string[];
  /** For `base.extend({ ... })`: the base, whose fields come before the ones added here. */
  extends?: string;
}

/** The schema constants of a set of files, by name. */
export type SchemaDocs = Map<string, SchemaDoc>;

/** The folder of the zod schemas. */
export const schemaDir = path.resolve(import.meta.dirname, '../../schemas');

function jsDoc(node: ts.Node, source: ts.SourceFile): string | undefined {
  const text = source.getFullText();
  const comments = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const doc = comments.filter((c) => text.startsWith('/**', c.pos)).at(-1);
  if (!doc) return undefined;
  return text
    .slice(doc.pos + 3, doc.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('@'))
    .join(' ')
    .trim();
}

const isObjectCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  ts.isIdentifier(node.expression.expression) &&
  node.expression.expression.text === 'z' &&
  ['strictObject', 'object', 'looseObject'].includes(node.expression.name.text) &&
  node.arguments[0] !== undefined &&
  ts.isObjectLiteralExpression(node.arguments[0]);

/** The first `z.strictObject({ ... })` literal in an expression, outermost first. */
function objectLiteralIn(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (isObjectCall(node)) return node.arguments[0] as ts.ObjectLiteralExpression;
  let found: ts.ObjectLiteralExpression | undefined;
  node.forEachChild((child) => {
    found ??= objectLiteralIn(child);
  });
  return found;
}

function identifiersIn(node: ts.Node, names: string[] = []): string[] {
  if (ts.isIdentifier(node)) names.push(node.text);
  node.forEachChild((child) => void identifiersIn(child, names));
  return names;
}

function fieldsOf(literal: ts.ObjectLiteralExpression, source: ts.SourceFile, known: Set<string>): Map<string, FieldDoc> {
  const fields = new Map<string, FieldDoc>();
  for (const property of literal.properties) {
    if (!(ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) || !property.name) continue;
    const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : property.name.getText(source);
    const doc: FieldDoc = { description: jsDoc(property, source) };
    const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
    const inline = ts.isPropertyAssignment(property) ? objectLiteralIn(property.initializer) : undefined;
    if (inline) doc.fields = fieldsOf(inline, source, known);
    else doc.refs = identifiersIn(value).filter((id) => known.has(id));
    fields.set(name, doc);
  }
  return fields;
}

/** `base.extend({ ... })`, where base is another schema constant: its name and the literal of added fields. */
function extendedSchema(node: ts.Expression, known: Set<string>): { name: string; literal: ts.ObjectLiteralExpression } | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'extend') return undefined;
  const base = node.expression.expression;
  const literal = node.arguments[0];
  if (!ts.isIdentifier(base) || !known.has(base.text) || !literal || !ts.isObjectLiteralExpression(literal)) return undefined;
  return { name: base.text, literal };
}

/** Read the JSDoc of every top-level `const` in the given TypeScript files (by default, every file in src/schemas). */
export function readSchemaDocs(files: readonly string[] = fs.readdirSync(schemaDir).filter((f) => f.endsWith('.ts')).sort().map((f) => path.join(schemaDir, f))): SchemaDocs {
  const sources = files.map((file) => ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  const declarations: { name: string; statement: ts.VariableStatement; initializer: ts.Expression; source: ts.SourceFile }[] = [];
  for (const source of sources) {
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) declarations.push({ name: declaration.name.text, statement, initializer: declaration.initializer, source });
      }
    }
  }
  const known = new Set(declarations.map((d) => d.name));
  const docs: SchemaDocs = new Map();
  for (const { name, statement, initializer, source } of declarations) {
    const base = extendedSchema(initializer, known);
    if (base) {
      docs.set(name, { description: jsDoc(statement, source), fields: fieldsOf(base.literal, source, known), extends: base.name });
      continue;
    }
    const literal = objectLiteralIn(initializer);
    docs.set(name, {
      description: jsDoc(statement, source),
      fields: literal ? fieldsOf(literal, source, known) : undefined,
      refs: literal ? undefined : identifiersIn(initializer).filter((id) => known.has(id) && id !== name),
    });
  }
  return docs;
}

/** The fields of a schema constant or field, following references (`corrections` → `correction`). */
export function fieldsOfDoc(docs: SchemaDocs, doc: FieldDoc | SchemaDoc | undefined, seen = new Set<string>()): Map<string, FieldDoc> | undefined {
  if (!doc) return undefined;
  if (doc.fields && 'extends' in doc && doc.extends && !seen.has(doc.extends)) {
    const inherited = fieldsOfDoc(docs, docs.get(doc.extends), new Set([...seen, doc.extends]));
    return new Map([...(inherited ?? []), ...doc.fields]);
  }
  if (doc.fields) return doc.fields;
  for (const ref of doc.refs ?? []) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    const fields = fieldsOfDoc(docs, docs.get(ref), seen);
    if (fields) return fields;
  }
  return undefined;
}
