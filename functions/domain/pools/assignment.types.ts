/** Routes new customers of a source and/or region to a department's reps (round robin) or to a pool. */
export interface AssignmentRule {
  id: string;
  name: string;
  source?: string;
  region?: string;
  departmentId: string;
  departmentPath: string;
  mode: 'ROUND_ROBIN' | 'POOL';
  poolId?: string;
  active: boolean;
  createdAt: string;
}
