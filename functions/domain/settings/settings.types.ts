/** Per-company rule numbers (PRODUCT.md defaults), editable by admins. */
export interface CompanySettings {
  locale: 'zh-CN' | 'en-US';
  timeZone: string;
  potentialProtectionDays: number;
  intentProtectionDays: number;
  followUpFreshnessDays: number;
  extensionMaxDays: number;
  reclaimCooldownDays: number;
  maxOwnedCustomers: number;
  maxHotCustomers: number;
  maxLockedCustomers: number;
  repsMayLock: boolean;
  /** Whether a releasing rep may pick the target pool (among theirs); otherwise the home pool. */
  repsMayChooseReleasePool: boolean;
  warningDaysBefore: number[];
  /** Escalation: the owner's managers are warned this many days before a reclaim. */
  managerWarningDaysBefore: number[];
  invalidFollowUpLimit: number;
  validFollowUpMinChars: number;
  contentlessPhrases: string[];
}

export const DEFAULT_SETTINGS: CompanySettings = {
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  potentialProtectionDays: 30,
  intentProtectionDays: 15,
  followUpFreshnessDays: 15,
  extensionMaxDays: 30,
  reclaimCooldownDays: 3,
  maxOwnedCustomers: 200,
  maxHotCustomers: 10,
  maxLockedCustomers: 5,
  repsMayLock: true,
  repsMayChooseReleasePool: true,
  warningDaysBefore: [3, 1],
  managerWarningDaysBefore: [1],
  invalidFollowUpLimit: 3,
  validFollowUpMinChars: 8,
  contentlessPhrases: ['没找到人', '外出', '沟通', '联系了', '不在', '没人接', '打电话', '已联系'],
};
