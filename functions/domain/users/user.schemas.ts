import * as z from 'zod';
import { isChineseMobile, isEmail, normalizeEmail, normalizePhone } from '../shared/normalize';
import { requiredText, type FieldLabels } from '../shared/validation';
import { DEPARTMENT_KINDS } from './department.types';
import { ROLES } from './user.types';

const email = z.string().transform(normalizeEmail).refine(isEmail, { message: '邮箱格式不正确 / invalid e-mail address' });
const mobile = z.string().transform(normalizePhone).refine(isChineseMobile, { message: '手机号码格式不正确 / invalid mobile number' });

export const CreateUserInput = z.object({
  email,
  name: requiredText(40),
  phone: mobile.optional(),
  role: z.enum(ROLES),
  departmentId: z.string().min(1).max(64),
  /** Deployed stacks pass the Cognito `sub`; locally a new id is made. */
  id: z.string().min(1).max(64).optional(),
});
export type CreateUserInput = z.output<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  name: requiredText(40).optional(),
  email: email.optional(),
  phone: mobile.optional(),
  role: z.enum(ROLES).optional(),
  departmentId: z.string().min(1).max(64).optional(),
  active: z.boolean().optional(),
  expectedVersion: z.number().int().positive(),
});
export type UpdateUserInput = z.output<typeof UpdateUserInput>;

export const CreateDepartmentInput = z.object({
  name: requiredText(40),
  kind: z.enum(DEPARTMENT_KINDS).default('DEPARTMENT'),
  parentId: z.string().min(1).max(64),
});
export type CreateDepartmentInput = z.output<typeof CreateDepartmentInput>;

export const USER_LABELS: FieldLabels = {
  email: ['邮箱', 'e-mail'],
  name: ['姓名', 'name'],
  phone: ['手机', 'mobile'],
  role: ['角色', 'role'],
  departmentId: ['部门', 'department'],
  parentId: ['上级部门', 'parent department'],
};
