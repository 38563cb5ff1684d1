import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CursorPageMeta } from '@app/common';
import { FailedDeliveryRow, maskEmail, maskRecipientKey, NOTIFICATION_TYPE_NAMES, RetriedDelivery, TEMPLATE_LOCALES, TemplateLocale, TemplatePreview } from '@app/notifications';

export class FailedDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'Delivery id, for POST /admin/notifications/{id}/retry' }) id: string;
  @ApiProperty({ example: '1234', description: 'The outbox event the delivery belongs to' }) eventId: string;
  @ApiProperty({ enum: NOTIFICATION_TYPE_NAMES }) type: string;
  @ApiProperty({ enum: ['email', 'inbox'] }) channel: string;
  @ApiProperty({ example: 'zh***@example.com', description: 'The address, masked (the account id is in userId)' }) recipient: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId: string | null;
  @ApiProperty({ example: 1 }) attempts: number;
  @ApiProperty({ nullable: true, type: String, example: 'SMTP 550: Mailbox unavailable' }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'When it last failed' }) updatedAt: string;

  static from(row: FailedDeliveryRow): FailedDeliveryDto {
    return {
      id: row.id,
      eventId: row.outboxId,
      type: row.type,
      channel: row.channel,
      recipient: row.email ? maskEmail(row.email) : maskRecipientKey(row.recipientKey),
      userId: row.userId,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: new Date(row.createdAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString(),
    };
  }
}

export class FailedDeliveryPageDto extends CursorPageMeta {
  @ApiProperty({ type: [FailedDeliveryDto] }) items: FailedDeliveryDto[];
}

export class RetriedDeliveryDto implements RetriedDelivery {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ example: 'retry-6f1d2c3e-8a4b-4c1d-9e2f-0a1b2c3d4e5f-1-a1b2c3', description: 'The BullMQ job that will deliver it' }) jobId: string;
}

export class TemplatePreviewQueryDto {
  @ApiPropertyOptional({ enum: TEMPLATE_LOCALES, default: 'zh-CN' })
  @IsOptional()
  @IsIn(TEMPLATE_LOCALES)
  locale?: TemplateLocale;
}

export class TemplatePreviewDto implements TemplatePreview {
  @ApiProperty({ example: 'application.returned' }) key: string;
  @ApiProperty({ enum: TEMPLATE_LOCALES }) locale: TemplateLocale;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'Inbox title' }) title: string;
  @ApiProperty({ description: 'Inbox body' }) body: string;
  @ApiProperty({ description: 'E-mail HTML, every value escaped' }) html: string;
  @ApiProperty({ description: 'E-mail plain text' }) text: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, description: 'The sample values used' })
  variables: Record<string, string | number>;
}

export class QueueDashboardSessionDto {
  @ApiProperty({ example: '/admin/queues' }) url: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}
