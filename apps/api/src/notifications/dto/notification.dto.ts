import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { CursorPageMeta, CursorQueryDto } from '@app/common';
import {
  InboxRow,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPE_NAMES,
  NotificationPreferenceView,
} from '@app/notifications';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListNotificationsQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ description: 'true: only unread; false: only read; absent: all' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

/** One message in the caller's inbox, already rendered in their language. */
export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_TYPE_NAMES, example: 'application.returned' }) type: string;
  @ApiProperty({ example: 'Application returned for correction' }) title: string;
  @ApiProperty({ description: 'Plain text, a sentence or two' }) body: string;
  @ApiProperty({ nullable: true, type: String, example: '/applications/6f1d2c3e-8a4b-4c1d-9e2f-0a1b2c3d4e5f', description: 'In-app path of the object the message is about' })
  link: string | null;
  @ApiProperty() read: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(row: InboxRow): NotificationDto {
    return {
      id: row.id,
      type: row.type,
      title: row.title,
      body: row.body,
      link: row.link,
      read: row.readAt !== null,
      readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }
}

export class NotificationPageDto extends CursorPageMeta {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
}

export class UnreadCountDto {
  @ApiProperty({ example: 3 }) count: number;
}

export class MarkedReadDto {
  @ApiProperty({ example: 5, description: 'How many notifications were unread and are now read' }) updated: number;
}

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_TYPE_NAMES }) type: string;
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES }) category: string;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS, isArray: true }) channels: string[];
  @ApiProperty({ description: 'Essential types (security, decisions, deadlines) are always e-mailed and cannot be switched off' })
  essential: boolean;
  @ApiProperty() emailEnabled: boolean;

  static from(view: NotificationPreferenceView): NotificationPreferenceDto {
    return { type: view.type, category: view.category, channels: [...view.channels], essential: view.essential, emailEnabled: view.emailEnabled };
  }
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto], description: 'Every notification type, in catalogue order' })
  items: NotificationPreferenceDto[];
}

export class PreferenceChangeDto {
  @ApiProperty({ enum: NOTIFICATION_TYPE_NAMES, example: 'application.draft_reminder' })
  @IsString()
  @IsIn(NOTIFICATION_TYPE_NAMES)
  type: string;

  @ApiProperty({ example: false })
  @IsBoolean()
  emailEnabled: boolean;
}

export class UpdatePreferencesDto {
  @ApiProperty({
    type: [PreferenceChangeDto],
    description: 'The types to change; types not listed keep their setting. Switching an essential type off is refused (400 NOTIFICATION_ESSENTIAL)',
  })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_TYPE_NAMES.length * 2)
  @ValidateNested({ each: true })
  @Type(() => PreferenceChangeDto)
  items: PreferenceChangeDto[];
}
