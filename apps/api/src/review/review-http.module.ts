import { Module } from '@nestjs/common';
import { ReviewModule } from '@app/review';
import { AdminReviewersController } from './admin-reviewers.controller';
import { AssignmentsController, AutoAssignController, DeclineReviewController } from './assignments.controller';
import { ReviewerConflictsController } from './reviewer-conflicts.controller';
import { AdminReviewsController, ReviewsController } from './reviews.controller';

/** HTTP routes for the expert pool and reviewers' declared conflicts. */
@Module({ imports: [ReviewModule], controllers: [AdminReviewersController, ReviewerConflictsController, AssignmentsController, AutoAssignController, DeclineReviewController, ReviewsController, AdminReviewsController] })
export class ReviewHttpModule {}
