import type { z } from 'astro/zod';
import { closest } from '../schemas/common.ts';
import { formatFieldPath } from './field-path.ts';

/** The fields the object of `schema` at `path` (["events", 0]) takes, through lists, optional fields and defaults. */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  const [key, ...rest] = path;
  switch (def.type) {
    case 'object': {
      if (key === undefined) return Object.keys(def.shape);
      const field = def.shape[String(key)];
      return field ? fieldsAt(field, rest) : [];
    }
    case 'array':
      return typeof key === 'number' ? fieldsAt(def.element, rest) : [];
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return fieldsAt(def.innerType, path);
    case 'pipe':
      return fieldsAt(def.out, path);
    default:
      return [];
  }
}

/** The value written at `path` in the data as read, undefined where the field is missing. */
const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);

/**
 * A field written under a misspelt name ("tittle:") is one mistake, which the unknown field's issue reports with
 * the name meant ("did you mean "title"?"). The meant field's own issue, that it is missing, says it again: the
 * issues without it. A field missing that no unknown field stands for is still reported.
 */
export function withoutMisspeltMissing(issues: readonly z.core.$ZodIssue[], data: unknown, schema: z.core.$ZodType): z.core.$ZodIssue[] {
  const meant = new Set(
    issues.flatMap((issue) => {
      if (issue.code !== 'unrecognized_keys') return [];
      // The same suggestion as the unknown field's message gives (see entryObject).
      const fields = fieldsAt(schema, issue.path);
      return issue.keys.flatMap((key) => {
        const field = closest(key, fields);
        return field === undefined ? [] : [formatFieldPath([...issue.path, field])];
      });
    }),
  );
  return issues.filter((issue) => !(meant.has(formatFieldPath(issue.path)) && valueAt(data, issue.path) === undefined));
}
