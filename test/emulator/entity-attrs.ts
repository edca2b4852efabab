// The compact column notation the table definitions are written in (entities*.ts), kept apart so
// every definition file can use it without importing the others.
import type { AttributeDef, AttrType } from './model.ts';

/** `name:type` pairs; lookups as `name:lookup>target1|target2`; choices get options separately. */
export function attrs(spec: string, options: Record<string, Record<number, string>> = {}): AttributeDef[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [name, typeSpec] = pair.split(':') as [string, string];
      const [type, targetList] = typeSpec.split('>') as [AttrType, string | undefined];
      const def: AttributeDef = { name, type };
      if (targetList) def.targets = targetList.split('|');
      if (options[name]) def.options = options[name];
      if (type === 'bool' && !def.options) def.options = { 0: 'No', 1: 'Yes' };
      return def;
    });
}
