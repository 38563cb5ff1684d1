import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser } from '@app/auth';
import { ApiErrors } from '@app/common';
import type { AuthUser } from '@app/identity';
import { PreferencesService } from '@app/notifications';
import { NotificationPreferenceDto, NotificationPreferencesDto, UpdatePreferencesDto } from './dto/notification.dto';

@ApiTags('me')
@ApiBearerAuth('bearer')
@AnyRole()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'Every notification type with its essential flag and the e-mail choice' })
  @ApiErrors(401)
  async list(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesDto> {
    return { items: (await this.preferences.list(user.id)).map(NotificationPreferenceDto.from) };
  }

  @Put()
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'The full list after the change' })
  @ApiErrors(400, 401)
  async update(@CurrentUser() user: AuthUser, @Body() dto: UpdatePreferencesDto): Promise<NotificationPreferencesDto> {
    return { items: (await this.preferences.update(user.id, dto.items)).map(NotificationPreferenceDto.from) };
  }
}
