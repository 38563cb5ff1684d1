import { INestApplication } from '@nestjs/common';
import { ReviewerPoolService, ReviewerProfile, ReviewerProfileInput } from '@app/review';

/** A profile in the expert pool for a user who holds the reviewer role (through the real service). */
export async function makeReviewerProfile(app: INestApplication, userId: string, overrides: Partial<ReviewerProfileInput> = {}): Promise<ReviewerProfile> {
  const input: ReviewerProfileInput = {
    specialties: ['product_design'],
    maxLevel: 'full_senior',
    homeProvince: '11',
    employerName: '北京某设计研究院有限公司',
    employerCreditCode: '91110000600037341L',
    maxLoadPerCycle: 20,
    active: true,
    ...overrides,
  };
  return (await app.get(ReviewerPoolService).put(userId, input, { id: userId, ip: null })).profile;
}
