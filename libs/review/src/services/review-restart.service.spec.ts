import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { ReviewRestartService } from './review-restart.service';
import { ReviewsRepository } from './reviews.repository';

describe('ReviewRestartService', () => {
  const inTransaction = { queryRunner: { isTransactionActive: true } } as unknown as EntityManager;

  function setUp(closed: { id: string; reviewerId: string }[], hadOutcome: boolean) {
    const reviews = { supersedeActive: jest.fn().mockResolvedValue(closed), deleteOutcome: jest.fn().mockResolvedValue(hadOutcome) };
    const audit = { record: jest.fn().mockResolvedValue(undefined) };
    const service = new ReviewRestartService(reviews as unknown as ReviewsRepository, audit as unknown as AuditService);
    return { service, reviews, audit };
  }

  it('closes the active assignments, clears the outcome and records it, in the caller’s transaction', async () => {
    const { service, reviews, audit } = setUp(
      [
        { id: 'a1', reviewerId: 'r1' },
        { id: 'a2', reviewerId: 'r2' },
      ],
      true,
    );
    const result = await service.restart(inTransaction, 'app-1', { reason: 'Objection upheld', actorId: 'admin-1' });
    expect(result).toEqual({ superseded: 2, outcomeCleared: true });
    expect(reviews.supersedeActive).toHaveBeenCalledWith(inTransaction, 'app-1', 'Objection upheld');
    expect(reviews.deleteOutcome).toHaveBeenCalledWith(inTransaction, 'app-1');
    expect(audit.record).toHaveBeenCalledWith(inTransaction, {
      actorId: 'admin-1',
      action: 'review.restarted',
      entityType: 'application',
      entityId: 'app-1',
      data: { superseded: ['a1', 'a2'], outcomeCleared: true },
    });
  });

  it('is harmless on a file without assignments or outcome', async () => {
    const { service } = setUp([], false);
    expect(await service.restart(inTransaction, 'app-2')).toEqual({ superseded: 0, outcomeCleared: false });
  });

  it('refuses to run outside a transaction (the file would be reopened without its panel closed, or the reverse)', async () => {
    const { service, reviews } = setUp([], false);
    await expect(service.restart({ queryRunner: undefined } as unknown as EntityManager, 'app-3')).rejects.toThrow(/inside the transaction/);
    expect(reviews.supersedeActive).not.toHaveBeenCalled();
  });
});
