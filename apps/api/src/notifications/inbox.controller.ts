import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import type { AuthUser } from '@app/identity';
import { InboxService } from '@app/notifications';
import { ListNotificationsQueryDto, MarkedReadDto, NotificationDto, NotificationPageDto, UnreadCountDto } from './dto/notification.dto';

@ApiTags('notifications')
@ApiBearerAuth('bearer')
@AnyRole()
@Controller('notifications')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto, description: "The caller's notifications, newest first" })
  @ApiErrors(400, 401)
  async list(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    const page = await this.inbox.list(user.id, { unread: query.unread, cursor: query.cursor, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    return { items: page.items.map(NotificationDto.from), nextCursor: page.nextCursor };
  }

  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountDto })
  @ApiErrors(401)
  async unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return { count: await this.inbox.unreadCount(user.id) };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MarkedReadDto })
  @ApiErrors(401)
  async markAllRead(@CurrentUser() user: AuthUser): Promise<MarkedReadDto> {
    return { updated: await this.inbox.markAllRead(user.id) };
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: NotificationDto, description: 'Marked read (idempotent: the first read time is kept)' })
  @ApiErrors(400, 401, 404)
  async markRead(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<NotificationDto> {
    return NotificationDto.from(await this.inbox.markRead(user.id, id));
  }
}
