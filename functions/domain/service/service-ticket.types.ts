export const TICKET_TYPES = ['WARRANTY_REPAIR', 'PAID_REPAIR', 'INSTALLATION', 'ONLINE_SUPPORT', 'RETURN_VISIT', 'TRAINING', 'COMPLAINT'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const TICKET_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REOPENED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_TYPE_NAMES: Record<TicketType, string> = {
  WARRANTY_REPAIR: '保内维修',
  PAID_REPAIR: '保外维修',
  INSTALLATION: '安装',
  ONLINE_SUPPORT: '在线支持',
  RETURN_VISIT: '回访',
  TRAINING: '培训',
  COMPLAINT: '投诉',
};

/** One step of a ticket's life, kept on the ticket (tickets see a handful of steps). */
export interface TicketStep {
  at: string;
  by: string;
  action: 'CREATE' | 'ASSIGN' | 'START' | 'RESOLVE' | 'CLOSE' | 'REOPEN' | 'RATE' | 'OVERDUE';
  from?: TicketStatus;
  to?: TicketStatus;
  note?: string;
}

/** 服务工单: an after-sales request, stored in its customer's item collection. */
export interface ServiceTicket {
  id: string;
  /** FW000001…, gap-free per company. */
  code: string;
  customerId: string;
  customerName: string;
  type: TicketType;
  subject: string;
  description?: string;
  productIds: string[];
  status: TicketStatus;
  assigneeId?: string;
  assigneeDeptPath?: string;
  /** A first response is due by then; afterwards the ticket is overdue and its assignee reminded. */
  responseDueAt: string;
  firstResponseAt?: string;
  /** Set by the reminder sweep when the deadline passed without a response. */
  overdueFlaggedAt?: string;
  resolvedAt?: string;
  resolution?: string;
  closedAt?: string;
  /** 1–5, given by the customer at or after closing. */
  satisfaction?: number;
  satisfactionComment?: string;
  reopenCount: number;
  steps: TicketStep[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  version: number;
}
