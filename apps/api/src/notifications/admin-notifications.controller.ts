import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/auth';
import { ApiErrors, CursorQueryDto, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { DeliveryAdminService, TemplatePreviewService } from '@app/notifications';
import { FailedDeliveryDto, FailedDeliveryPageDto, RetriedDeliveryDto, TemplatePreviewDto, TemplatePreviewQueryDto } from './dto/admin-notification.dto';

@ApiTags('admin: notifications')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/notifications')
export class AdminNotificationsController {
  constructor(
    private readonly deliveries: DeliveryAdminService,
    private readonly templates: TemplatePreviewService,
  ) {}

  @Get('failed')
  @ApiOkResponse({ type: FailedDeliveryPageDto, description:
      'Deliveries that failed for good (permanent SMTP error or retries exhausted), and events whose delivery job ended without finishing them, most recent first',
  })
  @ApiErrors(400, 401, 403)
  async failed(@Query() query: CursorQueryDto): Promise<FailedDeliveryPageDto> {
    const page = await this.deliveries.listFailed(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
    return { items: page.items.map(FailedDeliveryDto.from), nextCursor: page.nextCursor };
  }

  @Post(':id/retry')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: RetriedDeliveryDto, description: 'Back to pending and queued again (a delivery id or an event item\'s UUID from the failed list)' })
  @ApiErrors(400, 401, 403, 404, 409, 503)
  retry(@Param('id', ParseUuidParam) id: string): Promise<RetriedDeliveryDto> {
    return this.deliveries.retry(id);
  }

  @Get('templates/:key/preview')
  @ApiOkResponse({ type: TemplatePreviewDto, description: 'The template rendered with sample values' })
  @ApiErrors(400, 401, 403, 404)
  preview(@Param('key') key: string, @Query() query: TemplatePreviewQueryDto): TemplatePreviewDto {
    return this.templates.preview(key, query.locale ?? 'zh-CN');
  }
}
