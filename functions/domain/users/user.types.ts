export const ROLES = ['ADMIN', 'MANAGER', 'REP', 'FINANCE', 'SERVICE'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  phone?: string;
  role: Role;
  departmentId: string;
  /** Materialised path of department ids, e.g. `/root/east/sales1/`; prefixes are subtrees. */
  departmentPath: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The signed-in user every domain operation runs as. */
export type Actor = Pick<User, 'id' | 'role' | 'departmentId' | 'departmentPath' | 'active' | 'name'>;
