import type { CampaignRepository } from '../../store/campaign.repository';
import { takeToken } from './messaging.rules';
import type { Channel } from './messaging.types';

export interface SendLimiter {
  /** Resolves when one more message may go out. */
  acquire(): Promise<void>;
}

/** Real time, never the business clock: SNS counts messages per wall-clock second. */
export interface LimiterTiming {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}

export const realTiming: LimiterTiming = {
  nowMs: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The company's campaign send rate (SMS_RATE_PER_SECOND), shared by every Lambda sending at the
 * same time: a token bucket stored in the company's table, taken with an optimistic write.
 */
export class TableTokenBucket implements SendLimiter {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly channel: Channel,
    private readonly ratePerSecond: number,
    private readonly timing: LimiterTiming = realTiming,
  ) {}

  async acquire(): Promise<void> {
    for (;;) {
      const { state, version } = await this.campaigns.bucket(this.channel);
      const taken = takeToken(state, this.timing.nowMs(), this.ratePerSecond);
      if (taken.waitMs > 0) {
        await this.timing.sleep(taken.waitMs);
        continue;
      }
      if (await this.campaigns.saveBucket(this.channel, taken.next, version)) return;
    }
  }
}
