import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxService } from './outbox.service';
import { OutboxRepository } from './outbox.repository';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent])],
  providers: [OutboxService, OutboxRepository],
  // The repository is for this library's relay (OutboxRelayModule); other modules call the service.
  exports: [OutboxService, OutboxRepository, TypeOrmModule],
})
export class OutboxModule {}
