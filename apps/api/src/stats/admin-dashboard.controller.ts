import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/auth';
import { ApiErrors } from '@app/common';
import { DashboardWaitingService } from './dashboard-waiting.service';
import { CycleStatsQueryDto } from './dto/cycle-stats.dto';
import { DashboardWaitingDto } from './dto/dashboard-waiting.dto';

@ApiTags('admin: statistics')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/dashboard')
export class AdminDashboardController {
  constructor(private readonly waiting: DashboardWaitingService) {}

  @Get('waiting')
  @ApiOperation({ summary: 'What waits on the office: counts for the cycle’s files, and office-wide for notices, objections, appeals and failed notifications' })
  @ApiOkResponse({ type: DashboardWaitingDto })
  @ApiErrors(400, 401, 403, 404)
  async get(@Query() query: CycleStatsQueryDto): Promise<DashboardWaitingDto> {
    return DashboardWaitingDto.from(await this.waiting.ofCycle(query.cycleId));
  }
}
