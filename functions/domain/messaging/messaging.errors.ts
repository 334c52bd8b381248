import { defineErrors } from '../shared/errors';

export const MESSAGING_ERRORS = defineErrors({
  unknownField: { code: 'BAD_USER_INPUT', zh: '模板中有未知字段 {fields}（可用：{姓名} {公司} {职务}）', en: 'Unknown template fields {fields} (available: {姓名} {公司} {职务})' },
  subjectRequired: { code: 'BAD_USER_INPUT', zh: '邮件群发需要填写邮件主题', en: 'An e-mail campaign needs a subject' },
  tooManyCustomers: { code: 'LIMIT_EXCEEDED', zh: '筛选出的客户超过 {max} 个，请缩小筛选范围后分批发送', en: 'The filter selects more than {max} customers; narrow it and send in parts' },
  noRecipients: { code: 'BAD_USER_INPUT', zh: '没有符合条件的收件人', en: 'No contact matches the filter' },
  emailNotConfigured: { code: 'BAD_USER_INPUT', zh: '本系统尚未配置邮件群发通道（需要 Amazon SES），请改用短信群发', en: 'E-mail campaigns need an SES sender, which this deployment does not have; use SMS' },
  invalidAddress: { code: 'BAD_USER_INPUT', zh: '{address} 不是有效的{channel}', en: '{address} is not a valid {channel}' },
});

/** The recipient left the expected state meanwhile (another sender finished it): their record stands. */
export class RecipientAlreadyFinished extends Error {}
