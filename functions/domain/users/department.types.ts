export const DEPARTMENT_KINDS = ['COMPANY', 'BRANCH', 'DEPARTMENT'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface Department {
  id: string;
  name: string;
  kind: DepartmentKind;
  parentId?: string;
  /** `/<root id>/…/<own id>/`: a department's subtree is every path with this prefix. */
  path: string;
  createdAt: string;
}

export const ROOT_DEPARTMENT_ID = 'root';

export function childPath(parent: Department | undefined, id: string): string {
  return `${parent ? parent.path : '/'}${id}/`;
}
