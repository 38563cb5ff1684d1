import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '@app/applications';
import { IdentityModule } from '@app/identity';
import { NoticeModule } from '@app/notice';
import { ReviewModule } from '@app/review';
import { Committee, CommitteeMember } from './entities/committee.entity';
import { BallotChoice, BallotParticipation, Meeting, MeetingAttendance, MeetingItem, MeetingRecusal } from './entities/meeting.entity';
import { BallotPapers } from './services/ballot-papers';
import { CommitteesRepository } from './services/committees.repository';
import { CommitteeStatsService } from './services/committee-stats.service';
import { CommitteesService } from './services/committees.service';
import { MeetingCloseService } from './services/meeting-close.service';
import { MemberDossierService } from './services/dossier.service';
import { MeetingFileAccess } from './services/meeting-file-access';
import { MeetingsRepository } from './services/meetings.repository';
import { MeetingsService } from './services/meetings.service';
import { RecusalFinder } from './services/recusals';
import { VotingService } from './services/voting.service';

const services = [CommitteeStatsService, CommitteesService, MeetingsService, VotingService, MeetingCloseService, MeetingFileAccess, MemberDossierService];

/** Committees, their meetings, secret ballots and the close that decides each file (domain.md §8, committee vote). */
@Module({
  imports: [TypeOrmModule.forFeature([Committee, CommitteeMember, Meeting, MeetingItem, MeetingAttendance, MeetingRecusal, BallotParticipation, BallotChoice]), ApplicationsModule, ReviewModule, NoticeModule, IdentityModule],
  providers: [CommitteesRepository, MeetingsRepository, RecusalFinder, BallotPapers, ...services],
  exports: services,
})
export class CommitteeModule {}
