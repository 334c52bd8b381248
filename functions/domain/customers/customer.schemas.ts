import * as z from 'zod';
import { isChineseMobile, isChinesePhone, isEmail, normalizeEmail, normalizePhone } from '../shared/normalize';
import { isoDate, requiredText, text, type FieldLabels } from '../shared/validation';
import { BUYING_STATUSES, CUSTOMER_KINDS, GRADES } from './customer.types';

const phone = z
  .string()
  .transform(normalizePhone)
  .refine(isChinesePhone, { message: '电话号码格式不正确（手机号11位，座机如 0523-12345678） / invalid phone number' });

const mobile = z
  .string()
  .transform(normalizePhone)
  .refine(isChineseMobile, { message: '手机号码格式不正确，应为11位中国大陆手机号 / invalid mainland China mobile number' });

const email = z
  .string()
  .transform(normalizeEmail)
  .refine(isEmail, { message: '邮箱格式不正确 / invalid e-mail address' });

const tags = z.array(requiredText(20)).max(20);

export const ContactInput = z.object({
  name: requiredText(40),
  title: text(40).optional(),
  department: text(40).optional(),
  mobile: mobile.optional(),
  phone: phone.optional(),
  email: email.optional(),
  qq: z.string().regex(/^[1-9]\d{4,11}$/, { message: 'QQ号应为5-12位数字 / invalid QQ number' }).optional(),
  wechat: text(40).optional(),
  birthday: isoDate.optional(),
  birthdayIsLunar: z.boolean().optional(),
  primary: z.boolean().optional(),
});
export type ContactInput = z.output<typeof ContactInput>;

export const UpdateContactInput = ContactInput.partial().extend({ expectedVersion: z.number().int().positive() });
export type UpdateContactInput = z.output<typeof UpdateContactInput>;

const customerFields = {
  kind: z.enum(CUSTOMER_KINDS),
  name: requiredText(60),
  industry: text(40).optional(),
  region: text(40).optional(),
  city: text(40).optional(),
  address: text(200).optional(),
  phone: phone.optional(),
  website: text(200).optional(),
  source: text(40).optional(),
  tags: tags.optional(),
  buyingStatus: z.enum(BUYING_STATUSES).optional(),
  valueGrade: z.enum(GRADES).optional(),
  creditGrade: z.enum(GRADES).optional(),
  vip: z.boolean().optional(),
  hot: z.boolean().optional(),
};

export const CreateCustomerInput = z.object({
  ...customerFields,
  kind: customerFields.kind.default('COMPANY'),
  /** Managers and admins may create for a rep; null/absent for a rep means themselves. */
  ownerId: z.string().min(1).max(64).optional(),
  contacts: z.array(ContactInput).max(10).optional(),
});
export type CreateCustomerInput = z.output<typeof CreateCustomerInput>;

export const UpdateCustomerInput = z
  .object(customerFields)
  .partial()
  .extend({ expectedVersion: z.number().int().positive() });
export type UpdateCustomerInput = z.output<typeof UpdateCustomerInput>;

export const SearchKeyword = requiredText(60);

export const CUSTOMER_LABELS: FieldLabels = {
  name: ['客户名称', 'name'],
  kind: ['客户类型', 'kind'],
  phone: ['电话', 'phone'],
  mobile: ['手机', 'mobile'],
  email: ['邮箱', 'e-mail'],
  contacts: ['联系人', 'contacts'],
  tags: ['标签', 'tags'],
  address: ['地址', 'address'],
  qq: ['QQ', 'QQ'],
  birthday: ['生日', 'birthday'],
  expectedVersion: ['版本号', 'version'],
  keyword: ['关键词', 'keyword'],
};
