import { isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { permissions, roleMay } from '../../src/modules/access/permissions.js';
import { buildSchema } from '../../src/schema/index.js';

// Object types carry no `read` rule of their own (src/schema/builder.ts): what a mutation
// returns is shown to its caller on the strength of the mutation's permission alone. That is
// only safe while every role a key can have may read, and every permission implies `read`.
describe('permissions', () => {
  const schemaRoles = () => {
    const role = buildSchema().getType('Role');
    if (!isEnumType(role)) throw new Error('the schema has no Role enum');
    return role.getValues().map((value) => value.value as Parameters<typeof roleMay>[0]);
  };

  it('lets every role a key can have read', () => {
    const roles = schemaRoles();
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(roleMay(role, 'read'), role).toBe(true);
  });

  it('gives no role a permission without read', () => {
    for (const [permission, holders] of Object.entries(permissions))
      for (const role of holders) expect(roleMay(role, 'read'), `${role} has ${permission}`).toBe(true);
  });
});
