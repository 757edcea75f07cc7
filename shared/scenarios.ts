import { z } from 'zod';

export const Scenario = z.enum(['steady', 'flash-sale', 'payments-brownout', 'bad-canary', 'region-outage']);
export type Scenario = z.infer<typeof Scenario>;

export const SCENARIO_DESCRIPTIONS: Record<Scenario, string> = {
  steady: 'All regions healthy, traffic following local time of day.',
  'flash-sale': 'Three times the usual traffic in ap-southeast.',
  'payments-brownout': 'Payment provider timeouts in ap-southeast: checkout failures climb.',
  'bad-canary': 'A checkout canary with higher p99 latency and errors than its baseline.',
  'region-outage': 'The eu-west gateway is failing.',
};
