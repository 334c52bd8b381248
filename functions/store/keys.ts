/**
 * Every key of the single table, built in one place. Prefixes name the entity; `#` sorts before
 * letters, so a customer's profile comes first in its item collection.
 */
export const keys = {
  companySettings: () => ({ PK: 'COMPANY', SK: 'SETTINGS' }),
  sequence: (name: string) => ({ PK: `SEQ#${name}`, SK: 'SEQ' }),
  sweepState: (name: string) => ({ PK: `SWEEP#${name}`, SK: 'STATE' }),

  user: (id: string) => ({ PK: `USER#${id}`, SK: '#PROFILE' }),
  userCounters: (id: string) => ({ PK: `USER#${id}`, SK: 'COUNTERS' }),
  userEmail: (email: string) => ({ PK: `UNIQUE#EMAIL#${email}`, SK: 'UNIQUE' }),
  department: (id: string) => ({ PK: `DEPT#${id}`, SK: '#PROFILE' }),

  customer: (id: string) => ({ PK: `CUST#${id}`, SK: '#PROFILE' }),
  customerName: (nameKey: string) => ({ PK: `UNIQUE#CUSTNAME#${nameKey}`, SK: 'UNIQUE' }),
  nameGram: (gram: string, customerId: string) => ({ PK: `GRAM#${gram}`, SK: `CUST#${customerId}` }),
  contact: (customerId: string, contactId: string) => ({ PK: `CUST#${customerId}`, SK: `CONTACT#${contactId}` }),
  ownershipEvent: (customerId: string, eventId: string) => ({ PK: `CUST#${customerId}`, SK: `OWNERSHIP#${eventId}` }),
  claimBan: (customerId: string, userId: string) => ({ PK: `CUST#${customerId}`, SK: `BAN#${userId}` }),
} as const;

export const PREFIX = {
  customerPartition: 'CUST#',
  contact: 'CONTACT#',
  ownershipEvent: 'OWNERSHIP#',
  profile: '#PROFILE',
} as const;

/** GSI key values. */
export const indexKeys = {
  ownerList: (ownerId: string) => `OWNER#${ownerId}`,
  poolList: (poolId: string) => `POOL#${poolId}`,
  allCustomers: 'CUSTOMERS',
  allUsers: 'USERS',
  allDepartments: 'DEPARTMENTS',
  formalCustomers: 'FORMAL',
  /** One partition per day keeps each sweep Query to the items due in that day. */
  dueBucket: (kind: string, at: string) => `DUE#${kind}#${at.slice(0, 10)}`,
  dueSort: (at: string, id: string) => `${at}#${id}`,
} as const;
