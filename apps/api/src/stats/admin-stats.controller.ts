import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/auth';
import { ApiErrors } from '@app/common';
import { CycleStatsService } from './cycle-stats.service';
import { CycleStatsDto, CycleStatsQueryDto } from './dto/cycle-stats.dto';

@ApiTags('admin: statistics')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/stats')
export class AdminStatsController {
  constructor(private readonly stats: CycleStatsService) {}

  @Get()
  @ApiOkResponse({ type: CycleStatsDto, description: "A cycle's counts, pass rates, time per stage, overdue files, reviewer workload and submissions per day" })
  @ApiErrors(400, 401, 403, 404)
  async get(@Query() query: CycleStatsQueryDto): Promise<CycleStatsDto> {
    return CycleStatsDto.from(await this.stats.ofCycle(query.cycleId));
  }
}
