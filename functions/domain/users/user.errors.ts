import { defineErrors } from '../shared/errors';

export const USER_ERRORS = defineErrors({
  userExists: { code: 'CONFLICT', zh: '用户 {id} 已存在', en: 'User {id} already exists' },
  emailTaken: { code: 'CONFLICT', zh: '邮箱 {email} 已被其他用户使用', en: 'E-mail {email} is already used by another user' },
  departmentExists: { code: 'CONFLICT', zh: '部门 {id} 已存在', en: 'Department {id} already exists' },
  departmentNotFound: { code: 'NOT_FOUND', zh: '部门 {id} 不存在', en: 'Department {id} not found' },
  userNotFound: { code: 'NOT_FOUND', zh: '用户 {id} 不存在', en: 'User {id} not found' },
  userInactive: { code: 'BAD_USER_INPUT', zh: '用户“{name}”已停用', en: 'User "{name}" is deactivated' },
  cannotDeactivateSelf: { code: 'BAD_USER_INPUT', zh: '不能停用自己的账号', en: 'You cannot deactivate your own account' },
});
