import { TICKET_STATUSES, TICKET_TYPES, type TicketStatus, type TicketType } from '../service/service-ticket.types';
import { sumCounter, type AggregateRow } from './aggregate.types';

export const SERVICE_RANKINGS = ['RESOLVED', 'SATISFACTION', 'RESPONSE_TIME', 'TICKETS'] as const;
export type ServiceRanking = (typeof SERVICE_RANKINGS)[number];

export interface StaffFigures {
  userId: string;
  tickets: number;
  resolved: number;
  responded: number;
  overdue: number;
  averageResponseMinutes: number | null;
  rated: number;
  averageSatisfaction: number | null;
}

export type RankedStaff = StaffFigures & { rank: number };

export interface ServiceReport {
  total: number;
  byType: { type: TicketType; count: number; statuses: { status: TicketStatus; count: number }[] }[];
  byStatus: { status: TicketStatus; count: number }[];
  responded: number;
  overdue: number;
  resolved: number;
  averageResponseMinutes: number | null;
  averageSatisfaction: number | null;
  rankBy: ServiceRanking;
  ranking: RankedStaff[];
  unassigned: number;
}

const MINUTE_MS = 60_000;
const avg = (sum: number, count: number, unit = 1) => (count > 0 ? Math.round((sum / count / unit) * 10) / 10 : null);

function figures(userId: string, rows: readonly AggregateRow[]): StaffFigures {
  const responded = sumCounter(rows, 'responded');
  const rated = sumCounter(rows, 'rated');
  return {
    userId,
    tickets: sumCounter(rows, 'n'),
    resolved: sumCounter(rows, 'resolved'),
    responded,
    overdue: sumCounter(rows, 'overdue'),
    averageResponseMinutes: avg(sumCounter(rows, 'responseMs'), responded, MINUTE_MS),
    rated,
    averageSatisfaction: avg(sumCounter(rows, 'satisfactionSum'), rated),
  };
}

/** Best first; ties by more tickets, then by id so the order is stable. Staff without a figure for the measure rank last. */
function compare(rankBy: ServiceRanking) {
  const key = (f: StaffFigures): number | null => {
    if (rankBy === 'RESOLVED') return f.resolved;
    if (rankBy === 'TICKETS') return f.tickets;
    if (rankBy === 'SATISFACTION') return f.averageSatisfaction;
    return f.averageResponseMinutes === null ? null : -f.averageResponseMinutes;
  };
  return (a: StaffFigures, b: StaffFigures) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      return kb - ka;
    }
    return b.tickets - a.tickets || a.userId.localeCompare(b.userId);
  };
}

/**
 * Tickets opened in the period: by type and current status, response times, satisfaction (from the
 * scope's total rows, plus unassigned tickets when the staff rows hold them), and the staff ranking.
 */
export function buildServiceReport(totals: readonly AggregateRow[], staffRows: readonly AggregateRow[], rankBy: ServiceRanking): ServiceReport {
  const byOwner = new Map<string, AggregateRow[]>();
  for (const row of staffRows) byOwner.set(row.ownerId, [...(byOwner.get(row.ownerId) ?? []), row]);
  const rows = totals === staffRows ? totals : [...totals, ...(byOwner.get('UNASSIGNED') ?? [])];
  const assigned = [...byOwner.entries()].filter(([id]) => id !== 'UNASSIGNED');
  const staff = assigned.map(([id, own]) => figures(id, own)).filter((f) => f.tickets > 0).sort(compare(rankBy));
  const all = figures('', rows);
  return {
    total: all.tickets,
    byType: TICKET_TYPES.map((type) => ({
      type,
      count: sumCounter(rows, `T:${type}`),
      statuses: TICKET_STATUSES.map((status) => ({ status, count: sumCounter(rows, `TS:${type}:${status}`) })).filter((s) => s.count > 0),
    })),
    byStatus: TICKET_STATUSES.map((status) => ({ status, count: sumCounter(rows, `S:${status}`) })),
    responded: all.responded,
    overdue: all.overdue,
    resolved: all.resolved,
    averageResponseMinutes: all.averageResponseMinutes,
    averageSatisfaction: all.averageSatisfaction,
    rankBy,
    ranking: staff.map((f, i) => ({ ...f, rank: i + 1 })),
    unassigned: sumCounter(byOwner.get('UNASSIGNED') ?? [], 'n'),
  };
}
