import { existsSync, readFileSync } from 'node:fs';

/**
 * `npx tsx bench/cost.estimate.ts`: the README's monthly cost of one company stack, from the
 * capacity units and server time that `npm run bench` measured per operation (bench/results.json)
 * and the usage and price assumptions below. Prints a Markdown table.
 */
interface Measured {
  name: string;
  readUnits?: number;
  writeUnits?: number;
  serverMs?: { p50: number };
}

const RESULTS = 'bench/results.json';
if (!existsSync(RESULTS)) throw new Error(`${RESULTS} not found: run \`npm run bench\` first`);
const measured = new Map((JSON.parse(readFileSync(RESULTS, 'utf8')) as { api: Measured[] }).api.map((m) => [m.name, m]));

/** Requests per rep per working day (22 a month); manager-only work is spread over their ~8 reps. */
const REP_DAY: Record<string, number> = {
  me: 5,
  'agenda (rep)': 2,
  'customers page (rep)': 15,
  'customer + contacts': 25,
  'customer 360': 5,
  searchCustomerNames: 3,
  createCustomer: 2,
  updateCustomer: 3,
  addContact: 1,
  logFollowUp: 10,
  'followUps page (customer)': 10,
  createTask: 3,
  completeTask: 3,
  claimCustomer: 0.5,
  releaseCustomer: 0.2,
  createOpportunity: 0.3,
  moveOpportunityStage: 1,
  'opportunities page (rep)': 3,
  'customers page (manager)': 10 / 8,
  'funnel (manager)': 3 / 8,
  'followUpsToReview (manager)': 3 / 8,
  reviewFollowUp: 5 / 8,
  decideApplication: 1 / 8,
};
const WORK_DAYS = 22;
/** Reminder SMS (tasks, protection warnings) per rep per working day, and bulk SMS per rep per month. */
const REMINDER_SMS_PER_REP_DAY = 3;
const CAMPAIGN_SMS_PER_REP_MONTH = 100;
/** Per campaign message: bucket Get (strong) + Put, claim, finish transaction (2 items), recipient write. */
const CAMPAIGN_UNITS = { read: 1, write: 1 + 1 + 4 + 1 };
const STORED_KB_PER_REP = 200 * 30; // 200 customers × (profile, grams, contacts, ~50 follow-ups)

/** USD list prices (2025, us-east-1 / global; China regions bill in CNY at different rates). */
const PRICE = {
  writeUnit: 0.625 / 1e6,
  readUnit: 0.125 / 1e6,
  storageGbMonth: 0.25,
  lambdaGbS: 0.0000133334, // arm64
  lambdaRequest: 0.2 / 1e6,
  httpApiRequest: 1.0 / 1e6,
  sms: 0.02, // assumed per SMS to +86; check the SNS SMS price list for your origination identity
  alarm: 0.1,
  secret: 0.4,
};
const API_MEMORY_GB = 0.5;
const SWEEP_MEMORY_GB = 0.25;
const SWEEP_INVOCATIONS = 30 * 24 * (60 / 5 + 60); // expiry every 5 min, reminders every minute
const SWEEP_IDLE_MS = 80; // an empty sweep: one Query (bench "0 due" / "nothing due")
const ALARMS = 5;

function monthly(reps: number) {
  let requests = 0;
  let readUnits = 0;
  let writeUnits = 0;
  let apiSeconds = 0;
  for (const [name, perDay] of Object.entries(REP_DAY)) {
    const m = measured.get(name);
    if (!m || m.readUnits === undefined) continue;
    const count = perDay * WORK_DAYS * reps;
    requests += count;
    readUnits += count * (m.readUnits ?? 0);
    writeUnits += count * (m.writeUnits ?? 0);
    apiSeconds += count * ((m.serverMs?.p50 ?? 30) / 1000);
  }
  const campaignSms = CAMPAIGN_SMS_PER_REP_MONTH * reps;
  const sms = REMINDER_SMS_PER_REP_DAY * WORK_DAYS * reps + campaignSms;
  readUnits += SWEEP_INVOCATIONS + campaignSms * CAMPAIGN_UNITS.read;
  writeUnits += campaignSms * CAMPAIGN_UNITS.write + REMINDER_SMS_PER_REP_DAY * WORK_DAYS * reps * 4;
  const storageGb = (STORED_KB_PER_REP * reps) / 1024 / 1024;
  const dynamo = readUnits * PRICE.readUnit + writeUnits * PRICE.writeUnit + storageGb * PRICE.storageGbMonth * 1.2; // +20 % for PITR-free estimate slack
  const lambda =
    apiSeconds * API_MEMORY_GB * PRICE.lambdaGbS +
    requests * PRICE.lambdaRequest +
    (SWEEP_INVOCATIONS * (SWEEP_IDLE_MS / 1000) * SWEEP_MEMORY_GB + sms * 0.05 * SWEEP_MEMORY_GB) * PRICE.lambdaGbS +
    SWEEP_INVOCATIONS * PRICE.lambdaRequest;
  const api = requests * PRICE.httpApiRequest;
  const smsCost = sms * PRICE.sms;
  const fixed = ALARMS * PRICE.alarm + PRICE.secret;
  return { reps, requests, readUnits, writeUnits, storageGb, dynamo, lambda, api, sms, smsCost, fixed, total: dynamo + lambda + api + smsCost + fixed };
}

const usd = (v: number) => (v < 10 ? `$${v.toFixed(2)}` : `$${Math.round(v).toLocaleString('en-US')}`);
const millions = (v: number) => `${(v / 1e6).toFixed(v < 1e6 ? 2 : 1)} M`;
console.log('| reps | API requests | read units | write units | DynamoDB | Lambda | HTTP API | SMS (count) | alarms + secret | **total / month** |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const reps of [0, 10, 100, 1000]) {
  const m = monthly(reps);
  console.log(
    `| ${reps === 0 ? 'idle' : reps} | ${millions(m.requests)} | ${millions(m.readUnits)} | ${millions(m.writeUnits)} | ${usd(m.dynamo)} | ${usd(m.lambda)} | ${usd(m.api)} | ${usd(m.smsCost)} (${m.sms.toLocaleString('en-US')}) | ${usd(m.fixed)} | **${usd(m.total)}** |`,
  );
}
