import type { CompanySettings } from '../domain/settings/settings.types';
import type { Store } from './client';
import { AuditRepository } from './audit.repository';
import { ExportRepository } from './export.repository';
import { OwnerCounters } from './counters';
import { ProtectionRepository } from './protection.repository';
import { CustomerRepository } from './customer.repository';
import { DueQueue } from './due-queue.repository';
import { ImportRepository } from './import.repository';
import { CampaignRepository } from './campaign.repository';
import { PoolRepository } from './pool.repository';
import { AssignmentRepository } from './assignment.repository';
import { allocateNumber, transactWithSequence } from './sequence';
import { SettingsRepository } from './settings.repository';
import { transact, type Write } from './transactions';
import { DepartmentRepository, UserRepository } from './user.repository';
import { MoneyRepository } from './money.repository';
import { OpportunityRepository } from './opportunity.repository';
import { OrderRepository } from './order.repository';
import { ProductRepository } from './product.repository';
import { SalesCounters } from './sales-counters';
import { SalesSettingsRepository } from './sales-settings.repository';
import { DeliveryRepository } from './delivery.repository';
import { FollowUpRepository } from './follow-up.repository';
import { PlanRepository } from './plan.repository';
import { ReminderRepository } from './reminder.repository';
import { TaskRepository } from './task.repository';
import { AggregateRepository } from './aggregate.repository';
import { ServiceTicketRepository } from './service-ticket.repository';
import { TargetRepository } from './target.repository';

/** Everything the domain services may ask of storage, built once per process. */
export function createRepositories(store: Store, defaults?: CompanySettings) {
  return {
    store,
    customers: new CustomerRepository(store),
    users: new UserRepository(store),
    departments: new DepartmentRepository(store),
    counters: new OwnerCounters(store),
    protection: new ProtectionRepository(store),
    dueQueue: new DueQueue(store),
    imports: new ImportRepository(store),
    campaigns: new CampaignRepository(store),
    pools: new PoolRepository(store),
    assignments: new AssignmentRepository(store),
    settings: new SettingsRepository(store, defaults),
    opportunities: new OpportunityRepository(store),
    salesCounters: new SalesCounters(store),
    salesSettings: new SalesSettingsRepository(store),
    products: new ProductRepository(store),
    orders: new OrderRepository(store),
    money: new MoneyRepository(store),
    followUps: new FollowUpRepository(store),
    tasks: new TaskRepository(store),
    plans: new PlanRepository(store),
    reminders: new ReminderRepository(store),
    deliveries: new DeliveryRepository(store),
    aggregates: new AggregateRepository(store),
    serviceTickets: new ServiceTicketRepository(store),
    targets: new TargetRepository(store),
    /** Attaching it makes every write of this store audited (see audit.repository.ts). */
    audit: AuditRepository.attach(store),
    backup: new ExportRepository(store),
    /** All-or-nothing write of the given items. */
    commit: (writes: Write[]) => transact(store, writes),
    /** The next number of a sequence where gaps are harmless (one atomic ADD, scales with concurrency). */
    allocateNumber: (sequence: string) => allocateNumber(store, sequence),
    /** All-or-nothing write that also takes the next number of a gap-free sequence. */
    commitNumbered: (sequence: string, build: (next: number) => Write[]) => transactWithSequence(store, sequence, build),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
