import { isRole, roleAtLeast, ROLES } from './roles';

describe('roles', () => {
  it('are ordered viewer < editor < approver < admin', () => {
    expect(ROLES).toEqual(['viewer', 'editor', 'approver', 'admin']);
  });

  it.each([
    ['viewer', 'viewer', true],
    ['viewer', 'editor', false],
    ['editor', 'viewer', true],
    ['editor', 'approver', false],
    ['approver', 'editor', true],
    ['approver', 'admin', false],
    ['admin', 'approver', true],
    ['admin', 'viewer', true],
  ] as const)('%s at least %s: %s', (role, required, expected) => {
    expect(roleAtLeast(role, required)).toBe(expected);
  });

  it('recognises only the four role names', () => {
    expect(ROLES.every(isRole)).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole('Admin')).toBe(false);
  });
});
