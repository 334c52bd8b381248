import { defineErrors } from '../shared/errors';

export const PRODUCT_ERRORS = defineErrors({
  codeTaken: { code: 'CONFLICT', zh: '产品编号“{code}”已存在', en: 'Product code "{code}" already exists' },
  notFound: { code: 'BAD_USER_INPUT', zh: '产品 {id} 不存在', en: 'Product {id} does not exist' },
  inactive: { code: 'BAD_USER_INPUT', zh: '产品“{name}”已停用，不能选用', en: 'Product "{name}" is inactive and cannot be used' },
});
