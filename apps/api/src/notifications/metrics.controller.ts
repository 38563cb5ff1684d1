import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash, timingSafeEqual } from 'crypto';
import { Public } from '@app/auth';
import { ApiErrors, NotFoundError, UnauthorizedError } from '@app/common';
import { AppConfig } from '@app/config';
import { NotificationMetricsService } from '@app/notifications';
import { RateLimit } from '../http/throttling';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Prometheus metrics, outside /api/v1. Public for the JWT guard because Prometheus
 * has no user account; it presents METRICS_TOKEN instead, and without a configured
 * token the route does not exist (404).
 */
@ApiTags('health')
@ApiBearerAuth('bearer')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: NotificationMetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @RateLimit('public')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition; send Authorization: Bearer <METRICS_TOKEN>', schema: { type: 'string' } })
  @ApiErrors(401, 404)
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const expected = this.config.METRICS_TOKEN;
    if (!expected) throw new NotFoundError('Route GET /metrics', 'ROUTE_NOT_FOUND');
    const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
    // Compared as digests so the comparison takes the same time whatever the length.
    if (!timingSafeEqual(digest(presented), digest(expected))) throw new UnauthorizedError('UNAUTHORIZED', 'A valid metrics bearer token is required');
    const { contentType, body } = await this.metrics.scrape();
    void reply.header('content-type', contentType);
    return body;
  }
}
