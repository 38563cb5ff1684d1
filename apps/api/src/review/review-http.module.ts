import { Module } from '@nestjs/common';
import { AdminReviewersController } from './admin-reviewers.controller';
import { ReviewerConflictsController } from './reviewer-conflicts.controller';

/** HTTP routes for the expert pool and reviewers' declared conflicts. */
@Module({ controllers: [AdminReviewersController, ReviewerConflictsController] })
export class ReviewHttpModule {}
