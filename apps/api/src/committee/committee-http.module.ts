import { Module } from '@nestjs/common';
import { CommitteeModule } from '@app/committee';
import { CommitteesController } from './committees.controller';
import { MeetingsController } from './meetings.controller';

/** HTTP routes for committees, their meetings, ballots, tallies and minutes. */
@Module({ imports: [CommitteeModule], controllers: [CommitteesController, MeetingsController] })
export class CommitteeHttpModule {}
