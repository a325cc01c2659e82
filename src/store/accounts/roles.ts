export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Each role can do everything the roles below it can. */
export function hasRole(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}
