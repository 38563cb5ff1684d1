import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeclaredRelation } from './entities/declared-relation.entity';
import { ReviewerProfile } from './entities/reviewer-profile.entity';
import { ReviewAssignment } from './entities/review-assignment.entity';
import { AssignmentService } from './services/assignment.service';
import { AssignmentsRepository } from './services/assignments.repository';
import { ConflictsService } from './services/conflicts.service';
import { DeclaredRelationsRepository } from './services/declared-relations.repository';
import { DeclaredRelationsService } from './services/declared-relations.service';
import { ReviewerPoolService } from './services/reviewer-pool.service';
import { ReviewerProfilesRepository } from './services/reviewer-profiles.repository';

const services = [ReviewerPoolService, DeclaredRelationsService, ConflictsService, AssignmentService];

/** Expert review: the expert pool, declared relations and conflicts of interest. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ReviewerProfile, DeclaredRelation, ReviewAssignment])],
  providers: [ReviewerProfilesRepository, DeclaredRelationsRepository, AssignmentsRepository, ...services],
  exports: services,
})
export class ReviewModule {}
