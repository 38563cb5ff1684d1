import { Controller, Get, HttpStatus, Logger } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { ApiErrors, AppError } from '@app/common';
import { RateLimit } from '../http/throttling';
import { HealthService } from './health.service';

class ReadyChecksDto {
  @ApiProperty({ enum: ['up', 'down'] }) database: string;
  @ApiProperty({ enum: ['up', 'down'] }) migrations: string;
  @ApiProperty({ enum: ['up', 'down'] }) redis: string;
  @ApiProperty({ enum: ['up', 'down'], required: false, description: 'Only when evidence lives in object storage (STORAGE_DRIVER=s3)' }) storage?: string;
}

class ReadyDto {
  @ApiProperty({ example: 'ok' })
  status: 'ok';
  @ApiProperty({ type: ReadyChecksDto })
  checks: ReadyChecksDto;
}

@ApiTags('health')
@Public()
// GET /health/live is served by Fastify directly (see liveness.ts).
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(private readonly health: HealthService) {}

  @Get('ready')
  @RateLimit('public')
  @ApiOkResponse({ type: ReadyDto, description: 'PostgreSQL is reachable and migrated, Redis is reachable, and so is the evidence bucket when STORAGE_DRIVER=s3' })
  @ApiErrors(503)
  async ready(): Promise<ReadyDto> {
    const report = await this.health.readiness();
    if (report.status !== 'ok') {
      const down = Object.entries(report.checks).filter(([, s]) => s === 'down').map(([name]) => name);
      // The probe is public: it says what is down, while the driver's words (hosts, ports,
      // database user) go to the operators' log only.
      this.logger.warn({ checks: report.checks, problems: report.problems }, 'Not ready');
      throw new AppError('NOT_READY', `Not ready: ${down.join(', ')} down`, HttpStatus.SERVICE_UNAVAILABLE, { checks: report.checks });
    }
    return { status: 'ok', checks: report.checks as ReadyChecksDto };
  }
}
