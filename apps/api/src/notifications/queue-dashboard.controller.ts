import { Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors } from '@app/common';
import type { AuthUser } from '@app/identity';
import { QueueDashboardSessionDto } from './dto/admin-notification.dto';
import { QUEUE_DASHBOARD_PATH, QueueDashboardAuth } from './queue-dashboard.auth';

@ApiTags('admin: notifications')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/queues')
export class QueueDashboardController {
  constructor(private readonly auth: QueueDashboardAuth) {}

  @Post('session')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: QueueDashboardSessionDto,
    description: 'Sets an HttpOnly cookie (Path=/admin/queues, 15 minutes) with which a browser can open the queue dashboard at /admin/queues',
  })
  @ApiErrors(401, 403)
  async open(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<QueueDashboardSessionDto> {
    const session = await this.auth.openSession(user);
    void reply.header('set-cookie', session.cookie);
    return { url: QUEUE_DASHBOARD_PATH, expiresAt: session.expiresAt.toISOString() };
  }
}
